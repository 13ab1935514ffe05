package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import dev.estimator.export.document.Document;
import dev.estimator.export.document.DocumentInfo;
import dev.estimator.export.document.Section;
import java.util.List;

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

    private final Document document;
    private final PageAddition addition;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlRenderer(Document document, PageAddition addition) {
        this.document = document;
        this.addition = addition;
    }

    /** The page of {@code document}, styled by {@code stylesheet}, with LF line endings. */
    static String render(Document document, String stylesheet) {
        return render(document, stylesheet, PageAddition.NONE);
    }

    /** The page of {@code document} with {@code addition} (the interactive proposal's panel and script). */
    static String render(Document document, String stylesheet, PageAddition addition) {
        HtmlRenderer renderer = new HtmlRenderer(document, addition);
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
        line("<meta http-equiv=\"Content-Security-Policy\" content=\"" + addition.contentSecurityPolicy() + "\">");
        line("<title>" + HtmlText.escape(info.title()) + "</title>");
        meta("author", info.author());
        meta("description", info.subject());
        meta("keywords", info.keywords());
        line("<style>");
        html.append(stylesheet);
        html.append(PrintFrame.css(info));
        html.append(addition.css());
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
        // The cover is among the leading unnumbered sections; looking only there keeps the breakdown's
        // item cards, made on demand, from being made twice.
        if (sections.subList(0, firstNumbered).stream().flatMap(s -> s.blocks().stream())
                .noneMatch(b -> b instanceof Block.Cover)) {
            line("<h1>" + HtmlText.escape(info.title()) + "</h1>");
        }
        sections.subList(0, firstNumbered).forEach(section -> section(section, 0));
        line("</header>");

        line("<main>");
        html.append(addition.mainStart());
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
        html.append(addition.bodyEnd());
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
                case Block.Letterhead letterhead -> letterhead(letterhead);
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
                case Block.Table table -> HtmlTable.write(html, table, heading);
                case Block.BarChart chart -> figure(BarChartSvg.svg(chart, blockId));
                case Block.CurveChart curve -> figure(CurveChartSvg.svg(curve, blockId));
                case Block.Timeline timeline -> figure(TimelineSvg.svg(timeline, blockId));
                case Block.Waterfall chart -> figure(WaterfallSvg.svg(chart, blockId));
            }
        }
        line("</section>");
    }

    /** A chart, drawn as inline SVG. */
    private void figure(String svg) {
        line("<figure class=\"chart\">");
        line(svg);
        line("</figure>");
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

    /** The addressee, and the sender with the seal box where the language's documents have one. */
    private void letterhead(Block.Letterhead letterhead) {
        line("<div class=\"letterhead\">");
        address("addressee", letterhead.addressee());
        line("<div class=\"sender-block\">");
        address("sender", letterhead.sender());
        if (letterhead.seal() != null) {
            line("<div class=\"seal\" aria-hidden=\"true\">" + HtmlText.escape(letterhead.seal()) + "</div>");
        }
        line("</div>");
        line("</div>");
    }

    private void address(String kind, List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String escaped = HtmlText.keepHyphenated(HtmlText.escape(lines.get(i)));
            text.append(i == 0 ? "<strong>" + escaped + "</strong>" : "<br>" + escaped);
        }
        line("<address class=\"" + kind + "\">" + text + "</address>");
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

    private void line(String text) {
        html.append(text).append('\n');
    }
}
