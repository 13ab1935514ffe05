package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The bar chart of cost by group, drawn by JFreeChart straight onto a PDF template: vector
 * shapes and real text in the document's embedded fonts (so Japanese group names render and can
 * be searched), never a bitmap. Bar labels are the document model's printed figures; the bar
 * lengths are the same figures.
 */
final class CostChart {

    private static final float BAR_HEIGHT = 24;
    private static final float PADDING = 24;

    private CostChart() {
    }

    /** The height a chart of {@code bars} bars takes. */
    static float height(int bars) {
        return PADDING + BAR_HEIGHT * bars;
    }

    static Image render(PdfWriter writer, DocumentFonts fonts, Theme.Palette palette, List<Block.Bar> groups,
                        float width) {
        boolean needJapanese = groups.stream().anyMatch(g -> !fonts.latinCovers(g.label()));
        DocumentFonts.Face regular = fonts.face(false, needJapanese);
        DocumentFonts.Face bold = fonts.face(true, needJapanese);
        float size = fonts.size(TextStyle.SMALL);

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < groups.size(); i++) {
            dataset.addValue(groups.get(i).value(), "cost", new Bar(i, groups.get(i).label()));
        }
        JFreeChart chart = chart(dataset, groups, palette, regular.awt().deriveFont(size),
                bold.awt().deriveFont(java.awt.Font.BOLD, size));

        float height = height(groups.size());
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, new FaceMapper(regular, bold));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the chart", e);
        }
    }

    private static JFreeChart chart(CategoryDataset dataset, List<Block.Bar> groups,
                                    Theme.Palette palette, java.awt.Font labelFont, java.awt.Font valueFont) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(labelFont);
        categories.setTickLabelPaint(palette.text());
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.28);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);

        NumberAxis values = new NumberAxis();
        values.setVisible(false);
        values.setUpperMargin(0.32);
        values.setAutoRangeIncludesZero(true);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, palette.accent());
        renderer.setMaximumBarWidth(0.9);
        renderer.setDefaultItemLabelGenerator(new AmountLabels(groups));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(valueFont);
        renderer.setDefaultItemLabelPaint(palette.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 0, 4, 4));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));

        JFreeChart chart = new JFreeChart(null, labelFont, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        return chart;
    }

    /** A bar's key: its position (titles may repeat) and the title shown. */
    private record Bar(int index, String title) implements Comparable<Bar> {
        @Override
        public int compareTo(Bar other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** Labels each bar with its group's amount, formatted exactly as the tables print it. */
    private record AmountLabels(List<Block.Bar> groups) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return "";
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return groups.get(((Bar) dataset.getColumnKey(column)).index()).valueText();
        }
    }

    /** Maps the chart's AWT fonts to the document's embedded PDF fonts. */
    record FaceMapper(DocumentFonts.Face regular, DocumentFonts.Face bold) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold.pdf() : regular.pdf();
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return (font == bold.pdf() ? bold : regular).awt().deriveFont((float) size);
        }
    }
}
