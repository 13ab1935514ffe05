package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import dev.estimator.export.document.WaterfallScale;
import java.math.BigDecimal;

/**
 * A waterfall chart as inline SVG, laid out like {@link BarChartSvg}: per row, the label on one
 * line and the bar below; a total's amount on the label's line, a step's beside its bar. The first and last rows are the totals,
 * drawn from the axis; each step floats from the running figure before it to the one after, in one
 * colour for a rise and another for a fall, with a thin line joining it to the next. Positions are
 * percentages of the drawing's width, so it fits a phone and a wide screen alike.
 */
final class WaterfallSvg {

    private static final int ROW = 44;
    private static final int BASELINE = 16;
    private static final int BAR_TOP = 23;
    private static final int BAR_HEIGHT = 13;

    private WaterfallSvg() {
    }

    /** The chart's {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    static String svg(Block.Waterfall chart, String id) {
        WaterfallScale scale = WaterfallScale.of(chart);
        int rows = chart.steps().size() + 2;
        StringBuilder svg = new StringBuilder();
        String description = chart.description() == null ? "" : chart.description();
        svg.append("<svg class=\"waterfall\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"100%\" height=\"").append(ROW * rows).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(HtmlText.escape(description)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">")
                .append(HtmlText.escape(chart.start().label() + ": " + chart.start().valueText()));
        for (Block.WaterfallStep step : chart.steps()) {
            svg.append('\n').append(HtmlText.escape(step.label() + ": " + step.amountText()));
        }
        svg.append('\n').append(HtmlText.escape(chart.end().label() + ": " + chart.end().valueText())).append("</desc>\n");
        total(svg, 0, chart.start(), scale);
        for (int i = 0; i < chart.steps().size(); i++) {
            Block.WaterfallStep step = chart.steps().get(i);
            int top = (i + 1) * ROW;
            double from = scale.position(step.before());
            double to = scale.position(step.after());
            String kind = step.after().compareTo(step.before()) > 0 ? "up" : step.after().compareTo(step.before()) < 0
                    ? "down" : "flat";
            svg.append("<g>");
            svg.append("<text class=\"label\" x=\"0\" y=\"").append(top + BASELINE).append("\">")
                    .append(HtmlText.escape(step.label())).append("</text>");
            amountBesideBar(svg, top, Math.min(from, to), Math.max(from, to), step.amountText());
            svg.append("<rect class=\"").append(kind).append("\" x=\"").append(percent(Math.min(from, to)))
                    .append("%\" y=\"").append(top + BAR_TOP).append("\" width=\"")
                    .append(percent(Math.max(Math.abs(to - from), 0.002))).append("%\" height=\"").append(BAR_HEIGHT)
                    .append("\"></rect>");
            connector(svg, top - ROW, from, top);
            svg.append("</g>\n");
        }
        int last = (rows - 1) * ROW;
        total(svg, last, chart.end(), scale);
        if (!chart.steps().isEmpty()) {
            svg.append("<g>");
            connector(svg, last - ROW, scale.position(chart.steps().getLast().after()), last);
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    private static void total(StringBuilder svg, int top, Block.Bar bar, WaterfallScale scale) {
        svg.append("<g>");
        texts(svg, top, bar.label(), bar.valueText());
        svg.append("<rect class=\"total\" x=\"0\" y=\"").append(top + BAR_TOP).append("\" width=\"")
                .append(percent(scale.position(bar.value()))).append("%\" height=\"").append(BAR_HEIGHT)
                .append("\" rx=\"2\"></rect>");
        if (scale.broken()) {
            // Two slanted white strokes near the start: the bar is cut, the axis does not start at zero.
            for (int k = 0; k < 2; k++) {
                svg.append("<line class=\"cut\" x1=\"").append(12 + 5 * k).append("\" y1=\"").append(top + BAR_TOP + BAR_HEIGHT + 2)
                        .append("\" x2=\"").append(18 + 5 * k).append("\" y2=\"").append(top + BAR_TOP - 2).append("\"></line>");
            }
        }
        svg.append("</g>\n");
    }

    /**
     * A step's amount on its bar's line, beside the bar: after it when the bar ends in the left
     * part of the drawing, else before it, so a long label above never runs into it.
     */
    private static void amountBesideBar(StringBuilder svg, int top, double start, double end, String amount) {
        boolean after = end <= 0.6 || start < 0.4 && 1 - end >= start;
        svg.append("<text class=\"value\" x=\"").append(percent(after ? end : start)).append("%\" dx=\"")
                .append(after ? 6 : -6).append("\" y=\"").append(top + BAR_TOP + BAR_HEIGHT - 2)
                .append("\" text-anchor=\"").append(after ? "start" : "end").append("\">")
                .append(HtmlText.escape(amount)).append("</text>");
    }

    private static void texts(StringBuilder svg, int top, String label, String value) {
        svg.append("<text class=\"label\" x=\"0\" y=\"").append(top + BASELINE).append("\">")
                .append(HtmlText.escape(label)).append("</text>")
                .append("<text class=\"value\" x=\"100%\" y=\"").append(top + BASELINE)
                .append("\" text-anchor=\"end\">").append(HtmlText.escape(value)).append("</text>");
    }

    /** A thin line from the bottom of the bar in the row at {@code previousTop} down to the row at {@code top}. */
    private static void connector(StringBuilder svg, int previousTop, double at, int top) {
        String x = percent(at) + "%";
        svg.append("<line class=\"joint\" x1=\"").append(x).append("\" y1=\"").append(previousTop + BAR_TOP + BAR_HEIGHT)
                .append("\" x2=\"").append(x).append("\" y2=\"").append(top + BAR_TOP).append("\"></line>");
    }

    /** A fraction of the width as a percentage with two decimals. */
    private static String percent(double fraction) {
        return BigDecimal.valueOf(Math.round(fraction * 10_000), 2).stripTrailingZeros().toPlainString();
    }
}
