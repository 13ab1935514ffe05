package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Block.Table} as an HTML table: column headings in {@code <thead>} with
 * {@code scope="col"}, label columns as row headers ({@code scope="row"}), figures in
 * {@code num} cells (right-aligned, never wrapped), the row kinds as classes, column widths as in
 * the PDF. A card's title row becomes its caption. On a phone a wide table reflows, each cell
 * labelled with its column's title ({@code data-label}).
 */
final class HtmlTable {

    /** Tables of this many columns or more are "wide": on a phone they reflow, each cell labelled by its column. */
    private static final int WIDE = 4;

    private HtmlTable() {
    }

    /**
     * Appends {@code table} to {@code html}, named by the heading with id {@code heading} (or
     * {@code null}). The wrapper scrolls sideways a table wider than the screen.
     */
    static void write(StringBuilder html, Block.Table table, String heading) {
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
        line(html, "<div class=\"table-scroll\">");
        line(html, "<table class=\"" + classes + "\"" + (caption == null && heading != null
                ? " aria-labelledby=\"" + heading + "\"" : "") + ">");
        if (caption != null) {
            line(html, "<caption>" + HtmlText.withBreaks(caption) + "</caption>");
        }
        colgroup(html, columns);
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
            line(html, head.append("</tr></thead>").toString());
        }
        boolean rowHeaders = table.kind() != Block.TableKind.SIGNATURES && !columns.getFirst().numeric()
                && !columns.getFirst().gap();
        line(html, "<tbody>");
        for (Block.Row row : rows) {
            row(html, row, columns, rowHeaders, wide);
        }
        line(html, "</tbody>");
        line(html, "</table>");
        line(html, "</div>");
    }

    private static void colgroup(StringBuilder html, List<Block.Column> columns) {
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
        line(html, group.append("</colgroup>").toString());
    }

    private static void row(StringBuilder html, Block.Row row, List<Block.Column> columns, boolean rowHeaders,
                            boolean labelled) {
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
        line(html, tr.append("</tr>").toString());
    }

    private static void line(StringBuilder html, String text) {
        html.append(text).append('\n');
    }
}
