package dev.estimator.export.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The text of one table cell, broken into lines and drawn by us instead of by OpenPDF's line
 * layout. A {@link PdfPCell} with a phrase is laid out twice (once to find the row's height, once
 * to draw it), each time through OpenPDF's general machinery (bidirectional text, chunk
 * attributes, split characters), which made up most of the time of a PDF of 100,000 items. For
 * a plain text in one font (see {@link DocumentFonts#drawable}) the lines are found once, with
 * the font's advances, and the cell gets their height as a fixed height and this as its event,
 * which draws them where OpenPDF would: the first baseline one ascender below the top padding,
 * each next one a line step lower (both measured from OpenPDF's own layout of the same font and
 * size, {@link Metrics}).
 *
 * <p>Lines break at spaces only, as OpenPDF breaks a text whose every word fits the cell (a
 * caller checks that they do, {@link #lines} returns {@code null} otherwise); a line break in
 * the text starts a new line.
 */
final class DrawnText implements PdfPCellEvent {

    private final List<String> lines;
    private final BaseFont font;
    private final float size;
    private final Color colour;
    private final boolean right;
    private final Metrics metrics;

    private DrawnText(List<String> lines, BaseFont font, float size, Color colour, boolean right, Metrics metrics) {
        this.lines = lines;
        this.font = font;
        this.size = size;
        this.colour = colour;
        this.right = right;
        this.metrics = metrics;
    }

    /**
     * Puts {@code text} into {@code cell} (which has no phrase and its paddings set) as drawn
     * lines for a cell {@code width} points wide; returns {@code false}, leaving the cell as it
     * was, when a word does not fit the width.
     */
    static boolean place(PdfPCell cell, float width, String text, BaseFont font, float size, Color colour,
                         Metrics metrics) {
        float room = width - cell.getPaddingLeft() - cell.getPaddingRight();
        List<String> lines = lines(text, font, size, room);
        if (lines == null) {
            return false;
        }
        cell.setFixedHeight(metrics.height(lines.size(), cell.getPaddingTop(), cell.getPaddingBottom()));
        cell.setCellEvent(new DrawnText(lines, font, size, colour,
                cell.getHorizontalAlignment() == Element.ALIGN_RIGHT, metrics));
        return true;
    }

    /**
     * {@code text} broken into lines no wider than {@code room} points, at spaces (a space at a
     * break is dropped) and at its line breaks; {@code null} when a word alone is wider.
     */
    static List<String> lines(String text, BaseFont font, float size, float room) {
        List<String> lines = new ArrayList<>(2);
        if (text.isEmpty()) {
            return lines;
        }
        // Widths in thousandths of the font size, as BaseFont sums them; compared as points.
        float scale = 0.001f * size;
        DocumentFonts.Coverage glyphs = DocumentFonts.coverage(font);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!paragraph(text, start, end, glyphs, scale, room, lines)) {
                return null;
            }
            start = end + 1;
        }
        return lines;
    }

    /** Breaks {@code text[start, end)} (no line break inside) into {@code lines}; false when a word does not fit. */
    private static boolean paragraph(String text, int start, int end, DocumentFonts.Coverage glyphs, float scale,
                                     float room,
                                     List<String> lines) {
        int lineStart = start;
        int lineWidth = 0;
        // The end of the line's last word that fitted, and the width up to it.
        int lastBreak = -1;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int advance = glyphs.advance(c);
            if (c == ' ') {
                lastBreak = i;
                lineWidth += advance;
                i++;
                continue;
            }
            if ((lineWidth + advance) * scale > room) {
                if (lastBreak <= lineStart) {
                    return false; // a word wider than the cell: OpenPDF would break it inside
                }
                lines.add(text.substring(lineStart, trimEnd(text, lineStart, lastBreak)));
                // The next line starts at the first character after the spaces at the break.
                int next = lastBreak;
                while (next < end && text.charAt(next) == ' ') {
                    next++;
                }
                lineStart = next;
                lastBreak = -1;
                lineWidth = 0;
                for (int k = lineStart; k < i; k++) {
                    lineWidth += glyphs.advance(text.charAt(k));
                }
                if ((lineWidth + advance) * scale > room) {
                    return false;
                }
            }
            lineWidth += advance;
            i++;
        }
        lines.add(text.substring(lineStart, trimEnd(text, lineStart, end)));
        return true;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        if (lines.isEmpty()) {
            return;
        }
        PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
        float left = position.getLeft() + cell.getPaddingLeft();
        float rightEdge = position.getRight() - cell.getPaddingRight();
        float y = position.getTop() - cell.getPaddingTop() - metrics.ascent();
        DocumentFonts.Coverage glyphs = DocumentFonts.coverage(font);
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        float x = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float lineX = right ? rightEdge - glyphs.width(line) * 0.001f * size : left;
            if (i == 0) {
                canvas.setTextMatrix(lineX, y);
            } else {
                // Relative to the line before: two numbers instead of a whole matrix.
                canvas.moveText(lineX - x, -metrics.step());
            }
            x = lineX;
            canvas.showText(line);
        }
        canvas.endText();
    }

    /**
     * Where OpenPDF puts the lines of a cell in one font and size: the first baseline {@code ascent}
     * below the top padding, each next one {@code step} lower, the cell ending at the last baseline
     * plus the bottom padding.
     */
    record Metrics(float ascent, float step) {

        float height(int lines, float paddingTop, float paddingBottom) {
            return lines == 0 ? paddingTop + paddingBottom : paddingTop + ascent + (lines - 1) * step + paddingBottom;
        }

        /** Measured by laying out one and two lines of {@code font} at {@code size} in OpenPDF cells, as {@link Table} makes them. */
        static Metrics measure(BaseFont font, float size, float leading) {
            PdfPTable table = new PdfPTable(1);
            table.setTotalWidth(500);
            table.setLockedWidth(true);
            table.addCell(probe("X", font, size, leading));
            table.addCell(probe("X\nX", font, size, leading));
            float one = table.getRowHeight(0);
            float two = table.getRowHeight(1);
            return new Metrics(one, two - one);
        }

        private static PdfPCell probe(String text, BaseFont font, float size, float leading) {
            Phrase phrase = new Phrase(new Chunk(text, new org.openpdf.text.Font(font, size)));
            phrase.setLeading(leading);
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(0);
            cell.setUseAscender(true);
            cell.setBorder(Rectangle.NO_BORDER);
            return cell;
        }
    }
}
