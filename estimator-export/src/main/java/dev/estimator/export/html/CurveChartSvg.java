package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import java.util.List;
import java.util.Locale;

/**
 * The S-curve (a {@link Block.CurveChart}) as inline SVG, followed by its legend. Horizontal
 * positions are percentages of the drawing's width, so the curve (drawn as line segments, which
 * accept percentages where a polyline does not) fits a phone and a wide screen without scaling its
 * text. Screen readers get one image named by the chart's title and described by the model's
 * description; each drawn point carries the calculator's figure and chance as data attributes.
 */
final class CurveChartSvg {

    private static final int TOP = 26;
    private static final int PLOT = 180;
    private static final int HEIGHT = TOP + PLOT + 44;
    /** Where the plot starts and ends, in percent of the width; the chance labels sit left of it. */
    private static final double LEFT = 9;
    private static final double RIGHT = 98;
    /** The closest two price labels may be, in percent of the width, before the second is left out. */
    private static final double LABEL_ROOM = 22;

    private CurveChartSvg() {
    }

    /** The figure's content: the {@code <svg>} and the legend; {@code id} prefixes the ids of its title and description. */
    static String svg(Block.CurveChart chart, String id) {
        Scale scale = new Scale(chart);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"curve-chart\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"100%\" height=\"").append(HEIGHT).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(HtmlText.escape(chart.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(HtmlText.escape(chart.description()))
                .append("</desc>\n");
        svg.append("<text class=\"axis-title\" x=\"0\" y=\"12\">").append(HtmlText.escape(chart.chanceAxis()))
                .append("</text>\n");
        for (Block.CurvePoint tick : chart.chanceTicks()) {
            int y = y(tick.percent().doubleValue());
            svg.append("<line class=\"grid\" x1=\"").append(pct(LEFT)).append("\" x2=\"100%\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\"></line>")
                    .append("<text class=\"tick\" x=\"").append(pct(LEFT - 1)).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(tick.percentText())).append("</text>\n");
        }
        int bottom = y(0);
        svg.append("<line class=\"axis\" x1=\"").append(pct(LEFT)).append("\" x2=\"100%\" y1=\"").append(bottom)
                .append("\" y2=\"").append(bottom).append("\"></line>\n");
        double last = Double.NEGATIVE_INFINITY;
        for (Block.CurvePoint tick : chart.valueTicks()) {
            double x = scale.x(tick.value().doubleValue());
            if (x - last < LABEL_ROOM) {
                continue;
            }
            last = x;
            String anchor = x < LEFT + 8 ? "start" : x > RIGHT - 8 ? "end" : "middle";
            svg.append("<text class=\"tick value\" x=\"").append(pct(x)).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(HtmlText.escape(tick.valueText()))
                    .append("</text>\n");
        }
        svg.append("<text class=\"axis-title\" x=\"").append(pct((LEFT + RIGHT) / 2)).append("\" y=\"")
                .append(bottom + 38).append("\" text-anchor=\"middle\">").append(HtmlText.escape(chart.valueAxis()))
                .append("</text>\n");
        List<Block.CurvePoint> points = chart.points();
        for (int i = 1; i < points.size(); i++) {
            svg.append("<line class=\"curve\"").append(segment(scale, points.get(i - 1), points.get(i))).append("></line>");
        }
        svg.append('\n');
        for (Block.CurvePoint point : points) {
            svg.append(circle("point", scale, point, 2.5)).append('\n');
        }
        for (int i = 0; i < chart.marks().size(); i++) {
            Block.CurvePoint point = chart.marks().get(i).point();
            String x = pct(scale.x(point.value().doubleValue()));
            int y = y(point.percent().doubleValue());
            svg.append("<g class=\"mark mark-").append(i).append("\">")
                    .append("<line class=\"guide\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(bottom).append("\" y2=\"").append(y).append("\"></line>")
                    .append("<line class=\"guide\" x1=\"").append(pct(LEFT)).append("\" x2=\"").append(x)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"></line>")
                    .append(circle("marked", scale, point, i == 0 ? 6 : 4)).append("</g>\n");
        }
        svg.append("</svg>\n<ul class=\"legend\">");
        for (int i = 0; i < chart.marks().size(); i++) {
            svg.append("<li class=\"mark-").append(i).append("\"><span class=\"swatch\"></span>")
                    .append(HtmlText.withBreaks(chart.marks().get(i).text())).append("</li>");
        }
        return svg.append("</ul>").toString();
    }

    private static String segment(Scale scale, Block.CurvePoint from, Block.CurvePoint to) {
        return " x1=\"" + pct(scale.x(from.value().doubleValue())) + "\" y1=\"" + y(from.percent().doubleValue())
                + "\" x2=\"" + pct(scale.x(to.value().doubleValue())) + "\" y2=\"" + y(to.percent().doubleValue()) + "\"";
    }

    /** A dot at {@code point}, carrying the calculator's figure and chance (plain numbers) for scripts and tests. */
    private static String circle(String kind, Scale scale, Block.CurvePoint point, double radius) {
        return "<circle class=\"" + kind + "\" cx=\"" + pct(scale.x(point.value().doubleValue())) + "\" cy=\""
                + y(point.percent().doubleValue()) + "\" r=\"" + radius + "\" data-value=\""
                + point.value().toPlainString() + "\" data-percent=\"" + point.percent().toPlainString() + "\"></circle>";
    }

    private static int y(double percent) {
        return (int) Math.round(TOP + PLOT - percent / 100 * PLOT);
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.2f%%", percent);
    }

    /** The price range the plot spans (every point and mark, a little room either side). */
    private record Scale(double low, double high) {
        Scale(Block.CurveChart chart) {
            this(bounds(chart)[0], bounds(chart)[1]);
        }

        private static double[] bounds(Block.CurveChart chart) {
            double min = chart.lowest().doubleValue();
            double max = chart.highest().doubleValue();
            double pad = max > min ? (max - min) * 0.04 : Math.max(1, Math.abs(max) * 0.01);
            return new double[] {min - pad, max + pad};
        }

        double x(double value) {
            return LEFT + (value - low) / (high - low) * (RIGHT - LEFT);
        }
    }
}
