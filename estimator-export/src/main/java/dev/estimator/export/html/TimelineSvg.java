package dev.estimator.export.html;

import dev.estimator.export.document.Block;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The schedule's timeline as inline SVG: the months across the top, then per phase its title on one
 * line and a bar from its first to its last day below it, then the payments as markers on a line
 * with their amounts beneath (every other one a line lower, so that neighbours do not collide).
 * Horizontal positions are percentages of the drawing's width, so it fits a phone and a wide screen
 * alike; on a narrow screen every other month is left off the axis. Screen readers get one image,
 * named by the model's description, with each phase's dates and each payment's date and amount.
 */
final class TimelineSvg {

    private static final int AXIS = 22;
    private static final int ROW = 38;
    private static final int BASELINE = 14;
    private static final int BAR_TOP = 20;
    private static final int BAR_HEIGHT = 11;
    private static final int MARKS = 78;
    /** A tick this far across has its label on its left, so that it stays inside the drawing. */
    private static final double LAST_TICK = 0.8;

    private TimelineSvg() {
    }

    /** The timeline's {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    static String svg(Block.Timeline timeline, String id) {
        int height = AXIS + ROW * timeline.spans().size() + (timeline.marks().isEmpty() ? 0 : MARKS);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"100%\" height=\"").append(height).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(HtmlText.escape(timeline.description()))
                .append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">");
        for (Block.TimelineSpan span : timeline.spans()) {
            svg.append(HtmlText.escape(span.label() + ": " + span.datesText())).append('\n');
        }
        for (Block.TimelineMark mark : timeline.marks()) {
            svg.append(HtmlText.escape(timeline.marksLabel() + ", " + mark.label() + ": " + mark.dateText() + ", "
                    + mark.amountText())).append('\n');
        }
        svg.append("</desc>\n");
        for (int i = 0; i < timeline.ticks().size(); i++) {
            Block.TimelineTick tick = timeline.ticks().get(i);
            String x = percent(timeline, tick.date());
            svg.append("<g class=\"tick").append(i % 2 == 1 ? " minor" : "").append("\"><line x1=\"").append(x)
                    .append("\" x2=\"").append(x).append("\" y1=\"").append(AXIS - 4).append("\" y2=\"").append(height)
                    .append("\"></line><text x=\"").append(x).append("\" y=\"").append(BASELINE)
                    .append(fraction(timeline, tick.date()) > LAST_TICK ? "\" dx=\"-2\" text-anchor=\"end\">" : "\" dx=\"2\">")
                    .append(HtmlText.escape(tick.text())).append("</text></g>\n");
        }
        int top = AXIS;
        for (Block.TimelineSpan span : timeline.spans()) {
            String from = percent(timeline, span.start());
            svg.append("<g class=\"span\"><text x=\"0\" y=\"").append(top + BASELINE).append("\">")
                    .append(HtmlText.escape(span.label())).append("</text>")
                    .append("<rect x=\"").append(from).append("\" y=\"").append(top + BAR_TOP).append("\" width=\"")
                    .append(width(timeline, span.start(), span.end().plusDays(1))).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" rx=\"2\"></rect></g>\n");
            top += ROW;
        }
        if (!timeline.marks().isEmpty()) {
            int line = top + BASELINE + 16;
            svg.append("<g class=\"marks\"><text x=\"0\" y=\"").append(top + BASELINE).append("\">")
                    .append(HtmlText.escape(timeline.marksLabel())).append("</text>")
                    .append("<line x1=\"0\" x2=\"100%\" y1=\"").append(line).append("\" y2=\"").append(line)
                    .append("\"></line>\n");
            for (int i = 0; i < timeline.marks().size(); i++) {
                Block.TimelineMark mark = timeline.marks().get(i);
                double at = fraction(timeline, mark.date()) * 100;
                String anchor = at < 12 ? "start" : at > 88 ? "end" : "middle";
                svg.append("<circle cx=\"").append(percent(timeline, mark.date())).append("\" cy=\"").append(line)
                        .append("\" r=\"5\"></circle><text class=\"value\" x=\"")
                        .append(percent(timeline, mark.date())).append("\" y=\"").append(line + 20 + (i % 2) * 18)
                        .append("\" text-anchor=\"").append(anchor).append("\">")
                        .append(HtmlText.escape(mark.amountText())).append("</text>\n");
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** Where {@code date}'s day starts, as a share of the timeline: geometry from day numbers, not money. */
    private static double fraction(Block.Timeline timeline, LocalDate date) {
        long days = timeline.to().toEpochDay() - timeline.from().toEpochDay() + 1;
        return (double) (date.toEpochDay() - timeline.from().toEpochDay()) / days;
    }

    private static String percent(Block.Timeline timeline, LocalDate date) {
        return String.format(Locale.ROOT, "%.2f%%", fraction(timeline, date) * 100);
    }

    private static String width(Block.Timeline timeline, LocalDate from, LocalDate to) {
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0.3, (fraction(timeline, to) - fraction(timeline, from)) * 100));
    }
}
