package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import dev.estimator.export.document.Document;
import dev.estimator.export.document.DocumentInfo;
import dev.estimator.export.document.Section;
import java.util.List;
import java.util.Locale;

/**
 * Lays a {@link Document} out as one HTML page: the sections before the first numbered one (the
 * cover) form the page's {@code <header>} with its one {@code <h1>}, the numbered sections its
 * {@code <main>}, each a {@code <section>} named by its {@code <h2>}, numbered as in the PDF.
 * It decides only how things look; what is said comes from the document model. The output
 * depends on nothing but the model: ids come from section ids and block positions.
 */
final class HtmlRenderer {

    /** Nothing may be loaded from anywhere, and nothing may run; only the inline stylesheet applies. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    /** Tables of this many columns or more are "wide": on a phone they reflow, each cell labelled by its column. */
    private static final int WIDE = 4;

    private final Document document;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlRenderer(Document document) {
        this.document = document;
    }

    /** The page of {@code document}, styled by {@code stylesheet}, with LF line endings. */
    static String render(Document document, String stylesheet) {
        HtmlRenderer renderer = new HtmlRenderer(document);
        renderer.page(stylesheet);
        return renderer.html.toString();
    }

    private void page(String stylesheet) {
        DocumentInfo info = document.info();
        line("<!DOCTYPE html>");
        line("<html lang=\"" + HtmlText.escape(info.language()) + "\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">");
        line("<title>" + HtmlText.escape(info.title()) + "</title>");
        meta("author", info.author());
        meta("description", info.subject());
        meta("keywords", info.keywords());
        line("<style>");
        html.append(stylesheet);
        html.append(PrintFrame.css(info));
        line("</style>");
        line("</head>");
        line("<body>");

        List<Section> sections = document.sections();
        int firstNumbered = 0;
        while (firstNumbered < sections.size() && !sections.get(firstNumbered).numbered()) {
            firstNumbered++;
        }
        line("<header>");
        if (info.internalBanner() != null) {
            line("<p class=\"internal-banner\" role=\"note\">" + HtmlText.escape(info.internalBanner()) + "</p>");
        }
        if (sections.stream().flatMap(s -> s.blocks().stream()).noneMatch(b -> b instanceof Block.Cover)) {
            line("<h1>" + HtmlText.escape(info.title()) + "</h1>");
        }
        sections.subList(0, firstNumbered).forEach(section -> section(section, 0));
        line("</header>");

        line("<main>");
        int number = 0;
        for (Section section : sections.subList(firstNumbered, sections.size())) {
            section(section, section.numbered() ? ++number : 0);
        }
        line("</main>");

        line("<footer>");
        if (info.providerName() != null) {
            line("<p>" + HtmlText.escape(info.providerName()) + "</p>");
        }
        if (info.revisionLabel() != null) {
            line("<p>" + HtmlText.escape(info.revisionLabel()) + "</p>");
        }
        line("</footer>");
        line("</body>");
        line("</html>");
    }

    private void meta(String name, String content) {
        if (content != null && !content.isBlank()) {
            line("<meta name=\"" + name + "\" content=\"" + HtmlText.escape(content) + "\">");
        }
    }

    /** One section; {@code number} is its heading's number, 0 for an unnumbered section. */
    private void section(Section section, int number) {
        String id = HtmlText.escape(section.id());
        String headingId = id + "-title";
        boolean titled = number > 0 || section.blocks().stream().anyMatch(b -> b instanceof Block.Cover);
        String layout = switch (section.layout()) {
            case FLOW -> "";
            case KEEP_TOGETHER -> " class=\"keep-together\"";
            case OWN_PAGE -> " class=\"own-page\"";
            case NEW_PAGE -> " class=\"new-page\"";
        };
        line("<section id=\"" + id + "\"" + layout + (titled ? " aria-labelledby=\"" + headingId + "\""
                : " aria-label=\"" + HtmlText.escape(section.title()) + "\"") + ">");
        if (number > 0) {
            line("<h2 id=\"" + headingId + "\"><span class=\"number\">" + number + "</span> "
                    + HtmlText.escape(section.title()) + "</h2>");
        }
        // The heading a table or chart belongs to names it for screen readers.
        String heading = titled ? headingId : null;
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String blockId = id + "-" + (i + 1);
            switch (blocks.get(i)) {
                case Block.Cover cover -> cover(cover, headingId);
                case Block.Subheading subheading -> {
                    line("<h3 id=\"" + blockId + "\">" + HtmlText.escape(subheading.text()) + "</h3>");
                    heading = blockId;
                }
                case Block.Paragraph paragraph -> paragraph(paragraph);
                case Block.Bullets bullets -> {
                    line("<ul>");
                    bullets.items().forEach(item -> line("<li>" + HtmlText.withBreaks(item) + "</li>"));
                    line("</ul>");
                }
                case Block.Table table -> table(table, heading);
                case Block.BarChart chart -> {
                    line("<figure class=\"chart\">");
                    line(BarChartSvg.svg(chart, blockId));
                    line("</figure>");
                }
            }
        }
        line("</section>");
    }

    private void cover(Block.Cover cover, String headingId) {
        line("<div class=\"band\">");
        if (cover.kicker() != null) {
            line("<p class=\"kicker\">" + HtmlText.escape(cover.kicker()) + "</p>");
        }
        line("<h1 id=\"" + headingId + "\">" + HtmlText.escape(cover.title()) + "</h1>");
        if (cover.preparedFor() != null) {
            line("<p class=\"prepared-for\">" + HtmlText.escape(cover.preparedFor()) + "</p>");
        }
        line("</div>");
    }

    private void paragraph(Block.Paragraph paragraph) {
        String text = HtmlText.withBreaks(paragraph.text());
        if (paragraph.label() != null) {
            // Label and colon as the PDF sets them.
            line("<p><strong>" + HtmlText.escape(paragraph.label()) + ":</strong> " + text + "</p>");
            return;
        }
        line(switch (paragraph.style()) {
            case BODY -> "<p>" + text + "</p>";
            case STRONG -> "<p><strong>" + text + "</strong></p>";
            case CAPTION -> "<p class=\"caption\">" + text + "</p>";
        });
    }

    /**
     * A table in a wrapper that scrolls sideways when the table is wider than a phone. Label
     * columns become row headers; a card's title row becomes its caption.
     */
    private void table(Block.Table table, String heading) {
        List<Block.Column> columns = table.columns();
        List<Block.Row> rows = table.rows();
        String caption = null;
        if (table.kind() == Block.TableKind.CARD && !rows.isEmpty() && rows.getFirst().cells().size() == 1) {
            caption = rows.getFirst().cells().getFirst().text();
            rows = rows.subList(1, rows.size());
        }
        String kind = table.kind().name().toLowerCase(Locale.ROOT);
        boolean wide = columns.size() >= WIDE && table.hasHeader();
        String classes = kind + (table.keepTogether() ? " keep" : "") + (wide ? " wide" : "");
        line("<div class=\"table-scroll\">");
        line("<table class=\"" + classes + "\"" + (caption == null && heading != null
                ? " aria-labelledby=\"" + heading + "\"" : "") + ">");
        if (caption != null) {
            line("<caption>" + HtmlText.withBreaks(caption) + "</caption>");
        }
        colgroup(columns);
        if (table.hasHeader()) {
            StringBuilder head = new StringBuilder("<thead><tr>");
            for (Block.Column column : columns) {
                String title = column.title() == null ? "" : column.title();
                if (column.gap() || title.isBlank()) {
                    head.append("<td").append(column.gap() ? " class=\"gap\"" : "").append("></td>");
                } else {
                    head.append("<th scope=\"col\"").append(column.numeric() ? " class=\"num\"" : "").append(">")
                            .append(HtmlText.withBreaks(title)).append("</th>");
                }
            }
            line(head.append("</tr></thead>").toString());
        }
        boolean rowHeaders = table.kind() != Block.TableKind.SIGNATURES && !columns.getFirst().numeric()
                && !columns.getFirst().gap();
        line("<tbody>");
        for (Block.Row row : rows) {
            row(row, columns, rowHeaders, wide);
        }
        line("</tbody>");
        line("</table>");
        line("</div>");
    }

    private void colgroup(List<Block.Column> columns) {
        double total = columns.stream().mapToDouble(Block.Column::width).sum();
        StringBuilder group = new StringBuilder("<colgroup>");
        for (Block.Column column : columns) {
            group.append("<col");
            if (column.gap()) {
                group.append(" class=\"gap\"");
            }
            if (total > 0 && column.width() > 0) {
                group.append(" style=\"width: ")
                        .append(String.format(Locale.ROOT, "%.1f", column.width() * 100 / total)).append("%\"");
            }
            group.append(">");
        }
        line(group.append("</colgroup>").toString());
    }

    private void row(Block.Row row, List<Block.Column> columns, boolean rowHeaders, boolean labelled) {
        String kind = switch (row.kind()) {
            case BODY -> "";
            case GROUP -> " class=\"group\"";
            case TOTAL -> " class=\"total\"";
            case NOTE -> " class=\"note\"";
            case SIGNATURE -> " class=\"signature\"";
        };
        boolean headed = rowHeaders && row.kind() != Block.RowKind.NOTE && row.kind() != Block.RowKind.SIGNATURE;
        // A row of spanning cells (a group title, a subtotal) says what it is without column names.
        boolean cellLabels = labelled && row.cells().size() == columns.size();
        StringBuilder tr = new StringBuilder("<tr").append(kind).append(">");
        int column = 0;
        for (Block.Cell cell : row.cells()) {
            boolean gap = cell.span() == 1 && columns.get(column).gap();
            boolean header = headed && column == 0 && !cell.numeric();
            String tag = header ? "th" : "td";
            tr.append('<').append(tag);
            if (header) {
                tr.append(" scope=\"row\"");
            }
            if (cell.span() > 1) {
                tr.append(" colspan=\"").append(cell.span()).append('"');
            }
            String cssClass = gap ? "gap" : cell.numeric() ? "num"
                    : row.kind() == Block.RowKind.SIGNATURE ? "signature" : null;
            if (cssClass != null) {
                tr.append(" class=\"").append(cssClass).append('"');
            }
            String columnTitle = columns.get(column).title();
            if (cellLabels && !header && !gap && columnTitle != null && !columnTitle.isBlank()) {
                tr.append(" data-label=\"").append(HtmlText.escape(columnTitle)).append('"');
            }
            tr.append('>').append(gap ? "" : HtmlText.withBreaks(cell.text())).append("</").append(tag).append('>');
            column += cell.span();
        }
        line(tr.append("</tr>").toString());
    }

    private void line(String text) {
        html.append(text).append('\n');
    }
}
