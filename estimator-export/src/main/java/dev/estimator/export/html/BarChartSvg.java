package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import java.math.BigDecimal;

/**
 * A horizontal bar chart as inline SVG: per bar, its label and printed value on one line and the
 * bar below, its length proportional to the value (the longest bar spans the width). Lengths are
 * percentages of the drawing's width, so the chart fits a phone and a wide screen alike without
 * scaling its text. Screen readers get the chart as one image, named by the model's description,
 * with each bar's label and value as its description.
 */
final class BarChartSvg {

    /** Height of one bar's label line and bar, in CSS pixels. */
    private static final int ROW = 44;
    private static final int BASELINE = 16;
    private static final int BAR_TOP = 23;
    private static final int BAR_HEIGHT = 13;

    private BarChartSvg() {
    }

    /** The chart's {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    static String svg(Block.BarChart chart, String id) {
        BigDecimal largest = chart.bars().stream().map(Block.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        StringBuilder svg = new StringBuilder();
        String description = chart.description() == null ? "" : chart.description();
        svg.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"100%\" height=\"").append(ROW * chart.bars().size()).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(HtmlText.escape(description)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">");
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Bar bar = chart.bars().get(i);
            svg.append(i == 0 ? "" : "\n").append(HtmlText.escape(bar.label() + ": " + bar.valueText()));
        }
        svg.append("</desc>\n");
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Bar bar = chart.bars().get(i);
            int top = i * ROW;
            svg.append("<g>")
                    .append("<text class=\"label\" x=\"0\" y=\"").append(top + BASELINE).append("\">")
                    .append(HtmlText.escape(bar.label())).append("</text>")
                    .append("<text class=\"value\" x=\"100%\" y=\"").append(top + BASELINE)
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(bar.valueText())).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(top + BAR_TOP).append("\" width=\"")
                    .append(length(bar.value(), largest)).append("%\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"2\"></rect>")
                    .append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The bar's length as a percentage of the longest, to two decimals; nothing for a value of zero
     * or less. Geometry, not money: like the PDF's chart it is drawn from the figures as doubles.
     */
    static String length(BigDecimal value, BigDecimal largest) {
        if (value.signum() <= 0 || largest.signum() <= 0) {
            return "0";
        }
        long hundredths = Math.round(value.doubleValue() / largest.doubleValue() * 10_000);
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
