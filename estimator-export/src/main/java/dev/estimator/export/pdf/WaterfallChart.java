package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import dev.estimator.export.document.WaterfallScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A waterfall chart drawn straight onto a PDF template, in vector shapes and the document's
 * embedded fonts (so its words can be searched and copied): per row, the label and the printed,
 * signed amount on one line and the bar below. The totals are full bars from the axis; each step
 * floats from the running figure before it to the one after, a rise in a warm colour and a fall in
 * green, joined to the next row by a thin dotted line. The same layout as the HTML's.
 */
final class WaterfallChart {

    private static final float ROW = 33;
    private static final float BASELINE = 10;
    private static final float BAR_TOP = 14;
    private static final float BAR_HEIGHT = 10;
    private static final float PADDING = 6;
    static final Color RISE = new Color(0xB5, 0x54, 0x2F);
    static final Color FALL = new Color(0x2F, 0x7D, 0x54);

    private WaterfallChart() {
    }

    /** The height a chart of {@code steps} steps takes. */
    static float height(int steps) {
        return (steps + 2) * ROW + PADDING;
    }

    static Image render(PdfWriter writer, DocumentFonts fonts, Theme.Palette palette, Block.Waterfall chart, float width) {
        List<String> texts = new ArrayList<>(List.of(chart.start().label(), chart.end().label()));
        chart.steps().forEach(s -> texts.add(s.label()));
        boolean needJapanese = texts.stream().anyMatch(t -> !fonts.latinCovers(t));
        DocumentFonts.Face regular = fonts.face(false, needJapanese);
        DocumentFonts.Face bold = fonts.face(true, needJapanese);
        float size = fonts.size(TextStyle.SMALL);
        float height = height(chart.steps().size());
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new CostChart.FaceMapper(regular, bold));
        try {
            new Drawing(g, width, WaterfallScale.of(chart), palette, regular.awt().deriveFont(size),
                    bold.awt().deriveFont(java.awt.Font.BOLD, size)).draw(chart);
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the chart", e);
        }
    }

    private record Drawing(Graphics2D g, float width, WaterfallScale scale, Theme.Palette palette,
                           java.awt.Font font, java.awt.Font boldFont) {

        void draw(Block.Waterfall chart) {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            total(0, chart.start());
            for (int i = 0; i < chart.steps().size(); i++) {
                Block.WaterfallStep step = chart.steps().get(i);
                float top = (i + 1) * ROW;
                int direction = step.after().compareTo(step.before());
                texts(top, step.label(), step.amountText(), false);
                double from = x(scale.position(step.before()));
                double to = x(scale.position(step.after()));
                g.setColor(direction > 0 ? RISE : direction < 0 ? FALL : palette.muted());
                g.fill(new Rectangle2D.Double(Math.min(from, to), top + BAR_TOP, Math.max(Math.abs(to - from), 1.0),
                        BAR_HEIGHT));
                joint(top - ROW, from, top);
            }
            float last = (chart.steps().size() + 1) * ROW;
            total(last, chart.end());
            if (!chart.steps().isEmpty()) {
                joint(last - ROW, x(scale.position(chart.steps().getLast().after())), last);
            }
        }

        private void total(float top, Block.Bar bar) {
            texts(top, bar.label(), bar.valueText(), true);
            g.setColor(palette.accent());
            g.fill(new Rectangle2D.Double(0, top + BAR_TOP, x(scale.position(bar.value())), BAR_HEIGHT));
            if (scale.broken()) {
                // The bar is cut: the axis does not start at zero.
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.6f));
                for (int k = 0; k < 2; k++) {
                    g.draw(new Line2D.Double(8 + 4 * k, top + BAR_TOP + BAR_HEIGHT + 1, 12 + 4 * k, top + BAR_TOP - 1));
                }
            }
        }

        private void texts(float top, String label, String value, boolean strong) {
            g.setColor(palette.text());
            g.setFont(boldFont);
            FontMetrics bold = g.getFontMetrics();
            float valueWidth = bold.stringWidth(value);
            g.drawString(value, width - valueWidth, top + BASELINE);
            g.setFont(strong ? boldFont : font);
            g.drawString(fit(label, width - valueWidth - 12, g.getFontMetrics()), 0, top + BASELINE);
        }

        /** {@code text} cut with an ellipsis to fit {@code room}. */
        private static String fit(String text, float room, FontMetrics metrics) {
            if (metrics.stringWidth(text) <= room) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > room) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut.stripTrailing() + "\u2026";
        }

        private void joint(float previousTop, double at, float top) {
            g.setColor(palette.muted());
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {1.5f, 1.5f}, 0));
            g.draw(new Line2D.Double(at, previousTop + BAR_TOP + BAR_HEIGHT, at, top + BAR_TOP));
        }

        private double x(double fraction) {
            return fraction * width;
        }
    }
}
