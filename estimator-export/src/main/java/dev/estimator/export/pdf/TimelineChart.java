package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The schedule's timeline, drawn as vector shapes and real text on a PDF template: the month axis
 * across the top, one row per phase (its title on the left, a bar from its first to its last day),
 * and a row of payment markers, each with its amount below (every other amount one line lower where
 * two would touch). Positions are the days' places between the first and the last day; every text
 * is the document model's.
 */
final class TimelineChart {

    private static final float AXIS = 16;
    private static final float ROW = 17;
    private static final float BAR = 9;
    private static final float MARK = 4;
    private static final float LABEL_SHARE = 0.28f;
    private static final float GAP = 8;

    private final Block.Timeline timeline;
    private final BaseFont font;
    private final float size;
    private final Theme.Palette palette;
    private final float width;
    private final float left;
    private final float right;

    private TimelineChart(Block.Timeline timeline, DocumentFonts fonts, Theme.Palette palette, float width) {
        this.timeline = timeline;
        boolean needJapanese = texts(timeline).anyMatch(t -> !fonts.latinCovers(t));
        this.font = fonts.face(false, needJapanese).pdf();
        this.size = fonts.size(TextStyle.SMALL);
        this.palette = palette;
        this.width = width;
        this.left = width * LABEL_SHARE + GAP;
        this.right = width - 2;
    }

    /** The height the timeline takes: the axis, a row per phase, the payments' row with two lines of amounts. */
    static float height(Block.Timeline timeline) {
        return AXIS + ROW * timeline.spans().size() + (timeline.marks().isEmpty() ? 4 : ROW + 2.2f * ROW);
    }

    static Image render(PdfWriter writer, DocumentFonts fonts, Theme.Palette palette, Block.Timeline timeline,
                        float width) {
        float height = height(timeline);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        new TimelineChart(timeline, fonts, palette, width).draw(template, height);
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the timeline", e);
        }
    }

    private void draw(PdfContentByte canvas, float height) {
        float top = height;
        // The axis: a tick and the month at the first of each month shown, a light line down the chart.
        for (Block.TimelineTick tick : timeline.ticks()) {
            float x = x(tick.date());
            canvas.setColorStroke(palette.stripe());
            canvas.setLineWidth(0.5f);
            canvas.moveTo(x, top - AXIS + 2);
            canvas.lineTo(x, 0);
            canvas.stroke();
            text(canvas, tick.text(), Math.min(x + 2, right - font.getWidthPoint(tick.text(), size)), top - AXIS + 5,
                    palette.muted());
        }
        float y = top - AXIS;
        for (Block.TimelineSpan span : timeline.spans()) {
            float baseline = y - ROW + (ROW - size) / 2 + 1;
            label(canvas, span.label(), baseline);
            float from = x(span.start());
            float to = x(span.end().plusDays(1));
            canvas.setColorFill(palette.accent());
            canvas.rectangle(from, y - ROW + (ROW - BAR) / 2, Math.max(1.5f, to - from), BAR);
            canvas.fill();
            y -= ROW;
        }
        if (timeline.marks().isEmpty()) {
            return;
        }
        float line = y - ROW / 2;
        label(canvas, timeline.marksLabel(), line - size / 2 + 1);
        canvas.setColorStroke(palette.muted());
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, line);
        canvas.lineTo(right, line);
        canvas.stroke();
        List<Float> ends = new ArrayList<>(List.of(Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY));
        for (Block.TimelineMark mark : timeline.marks()) {
            float x = x(mark.date()) + (x(mark.date().plusDays(1)) - x(mark.date())) / 2;
            canvas.setColorFill(palette.primary());
            canvas.moveTo(x, line + MARK);
            canvas.lineTo(x + MARK, line);
            canvas.lineTo(x, line - MARK);
            canvas.lineTo(x - MARK, line);
            canvas.closePath();
            canvas.fill();
            float textWidth = font.getWidthPoint(mark.amountText(), size);
            float start = Math.max(left, Math.min(right - textWidth, x - textWidth / 2));
            // The first line where this amount does not touch the one before it; the lower line otherwise.
            int level = start > ends.get(0) + 3 ? 0 : 1;
            ends.set(level, start + textWidth);
            text(canvas, mark.amountText(), start, line - MARK - size - 2 - level * (size + 3), palette.text());
        }
    }

    /** A row's title in the left column, made smaller if it is too wide for it. */
    private void label(PdfContentByte canvas, String label, float baseline) {
        float room = left - GAP;
        float fitted = Math.max(size * 0.7f, Math.min(size, size * room / Math.max(1, font.getWidthPoint(label, size))));
        canvas.beginText();
        canvas.setFontAndSize(font, fitted);
        canvas.setColorFill(palette.text());
        canvas.showTextAligned(Element.ALIGN_LEFT, label, 0, baseline, 0);
        canvas.endText();
    }

    private void text(PdfContentByte canvas, String text, float x, float baseline, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(Element.ALIGN_LEFT, text, x, baseline, 0);
        canvas.endText();
    }

    /** Where the start of {@code date} falls: geometry from day numbers, not money. */
    private float x(LocalDate date) {
        long days = timeline.to().toEpochDay() - timeline.from().toEpochDay() + 1;
        long day = date.toEpochDay() - timeline.from().toEpochDay();
        return left + (right - left) * day / days;
    }

    private static Stream<String> texts(Block.Timeline timeline) {
        return Stream.of(Stream.of(timeline.marksLabel()), timeline.spans().stream().map(Block.TimelineSpan::label),
                timeline.marks().stream().map(Block.TimelineMark::amountText),
                timeline.ticks().stream().map(Block.TimelineTick::text)).flatMap(s -> s);
    }
}
