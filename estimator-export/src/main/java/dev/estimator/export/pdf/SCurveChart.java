package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The S-curve (a {@link Block.CurveChart}) drawn as vector lines and real text on a PDF template:
 * the price across, the chance of the final price being at or below it up, gridlines at the
 * model's chances, the model's figures under the price axis, each marked point with dashed guides
 * to both axes and a legend line naming it. Positions are geometry from the figures as doubles; every
 * printed figure is the model's text. The PDF is not tagged, so the words a reader who cannot see the
 * curve needs are on the page: the percentile table above it and the legend naming each mark.
 */
final class SCurveChart {

    private static final float PLOT_HEIGHT = 140;
    private static final float TOP = 30;
    private static final float LEGEND_LINE = 13;
    private static final float AXIS_BAND = 32;
    private static final float RIGHT = 12;
    private static final Color GRID = new Color(0xD9, 0xDE, 0xE4);
    private static final Color BUDGET = new Color(0xC2, 0x6A, 0x00);

    private SCurveChart() {
    }

    /** The chart's height on the page. */
    static float height(Block.CurveChart chart) {
        return TOP + PLOT_HEIGHT + AXIS_BAND + LEGEND_LINE * chart.marks().size() + 6;
    }

    static Image render(PdfWriter writer, DocumentFonts fonts, Theme.Palette palette, Block.CurveChart chart,
                        float width) {
        boolean japanese = !fonts.latinCovers(String.join(" ", chart.title(), chart.valueAxis(), chart.chanceAxis(),
                String.join(" ", chart.marks().stream().map(Block.CurveMark::text).toList())));
        BaseFont regular = fonts.face(false, japanese).pdf();
        BaseFont bold = fonts.face(true, japanese).pdf();
        float size = fonts.size(TextStyle.SMALL);
        float height = height(chart);
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);

        float labelWidth = (float) chart.chanceTicks().stream()
                .mapToDouble(t -> regular.getWidthPoint(t.percentText(), size)).max().orElse(0);
        Frame frame = new Frame(chart, labelWidth + 6, width - RIGHT,
                AXIS_BAND + LEGEND_LINE * chart.marks().size() + 6, height - TOP);

        // Gridlines and the chance axis's labels.
        canvas.setLineWidth(0.5f);
        for (Block.CurvePoint tick : chart.chanceTicks()) {
            float y = frame.y(tick.percent().doubleValue());
            canvas.setColorStroke(GRID);
            line(canvas, frame.left, y, frame.right, y);
            text(canvas, regular, size, palette.muted(), tick.percentText(), frame.left - 4, y - size / 3,
                    Element.ALIGN_RIGHT);
        }
        text(canvas, bold, fonts.size(TextStyle.BODY), palette.text(), chart.title(), 0, height - fonts.size(TextStyle.BODY),
                Element.ALIGN_LEFT);
        text(canvas, bold, size, palette.muted(), chart.chanceAxis(), 0, height - TOP + 6, Element.ALIGN_LEFT);

        // The price axis: its line, the model's figures under it (skipping one that would overlap), its title.
        canvas.setColorStroke(palette.muted());
        canvas.setLineWidth(0.8f);
        line(canvas, frame.left, frame.bottom, frame.right, frame.bottom);
        float lastEnd = Float.NEGATIVE_INFINITY;
        for (Block.CurvePoint tick : chart.valueTicks()) {
            float x = frame.x(tick.value().doubleValue());
            float half = regular.getWidthPoint(tick.valueText(), size) / 2;
            float centre = Math.max(frame.left + half, Math.min(frame.right - half, x));
            if (centre - half < lastEnd + 6) {
                continue;
            }
            line(canvas, x, frame.bottom, x, frame.bottom - 3);
            text(canvas, regular, size, palette.text(), tick.valueText(), centre, frame.bottom - 4 - size,
                    Element.ALIGN_CENTER);
            lastEnd = centre + half;
        }
        text(canvas, bold, size, palette.text(), chart.valueAxis(), (frame.left + frame.right) / 2,
                frame.bottom - 8 - 2 * size, Element.ALIGN_CENTER);

        // The curve.
        canvas.setColorStroke(palette.accent());
        canvas.setLineWidth(1.8f);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        List<Block.CurvePoint> points = chart.points();
        canvas.moveTo(frame.x(points.getFirst().value().doubleValue()), frame.y(points.getFirst().percent().doubleValue()));
        for (Block.CurvePoint point : points.subList(1, points.size())) {
            canvas.lineTo(frame.x(point.value().doubleValue()), frame.y(point.percent().doubleValue()));
        }
        canvas.stroke();

        // The marks, with dashed guides to both axes, and the legend naming each.
        float legendY = frame.bottom - AXIS_BAND - 2;
        for (int i = 0; i < chart.marks().size(); i++) {
            Block.CurveMark mark = chart.marks().get(i);
            Color colour = markColour(palette, i);
            float x = frame.x(mark.point().value().doubleValue());
            float y = frame.y(mark.point().percent().doubleValue());
            canvas.setColorStroke(colour);
            canvas.setLineWidth(0.9f);
            canvas.setLineDash(3, 2, 0);
            line(canvas, x, frame.bottom, x, y);
            line(canvas, frame.left, y, x, y);
            canvas.setLineDash(0);
            float lineY = legendY - i * LEGEND_LINE;
            // The quoted price is a ring and the budget a dot, so that both show where they coincide.
            dot(canvas, colour, x, y, i == 0);
            dot(canvas, colour, frame.left + 3, lineY + size / 3, i == 0);
            text(canvas, regular, size, palette.text(), mark.text(), frame.left + 10, lineY, Element.ALIGN_LEFT);
        }
        try {
            return Image.getInstance(canvas);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the S-curve", e);
        }
    }

    /** The first mark (the quoted price) in the text colour, the next (the budget) in amber, as in the HTML. */
    private static Color markColour(Theme.Palette palette, int index) {
        return index == 0 ? palette.text() : BUDGET;
    }

    private static void dot(PdfContentByte canvas, Color colour, float x, float y, boolean ring) {
        if (ring) {
            canvas.setColorStroke(colour);
            canvas.setLineWidth(1.4f);
            canvas.circle(x, y, 4.6f);
            canvas.stroke();
        } else {
            canvas.setColorFill(colour);
            canvas.circle(x, y, 3.2f);
            canvas.fill();
        }
    }

    private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2) {
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color colour, String text, float x,
                             float y, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    /** Where figures land: the plot's edges in points and the price range it spans. */
    private static final class Frame {
        private final float left;
        private final float right;
        private final float bottom;
        private final float top;
        private final double low;
        private final double high;

        Frame(Block.CurveChart chart, float left, float right, float bottom, float top) {
            this.left = left;
            this.right = right;
            this.bottom = bottom;
            this.top = top;
            double min = chart.lowest().doubleValue();
            double max = chart.highest().doubleValue();
            double pad = max > min ? (max - min) * 0.04 : Math.max(1, Math.abs(max) * 0.01);
            this.low = min - pad;
            this.high = max + pad;
        }

        float x(double value) {
            return (float) (left + (value - low) / (high - low) * (right - left));
        }

        float y(double percent) {
            return (float) (bottom + percent / 100 * (top - bottom));
        }
    }
}
