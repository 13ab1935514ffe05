package dev.estimator.export.xlsx;

import dev.estimator.core.calc.GroupTotal;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A bar chart of the cost of each top-level group, drawn from the Summary's group rows, so it
 * follows the figures when an input changes. The series also carries the current figures, for
 * viewers that draw charts without recalculating.
 */
final class GroupCostChart {

    private static final byte[] BAR = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};

    private GroupCostChart() {
    }

    static void draw(WorkbookContext context, SheetWriter sheet, int firstGroup, int lastGroup, int top, int bottom) {
        List<GroupTotal> groups = context.totals().groups();
        String[] titles = groups.stream().map(GroupTotal::title).toArray(String[]::new);
        Double[] amounts = groups.stream().map(g -> g.amount().doubleValue()).toArray(Double[]::new);

        sheet.sheet().createDrawingPatriarch();
        XSSFDrawing drawing = sheet.sheet().getDrawingPatriarch();
        // A few points below the row's top edge, so no sliver of the frame shows on the page before.
        XSSFClientAnchor anchor = drawing.createAnchor(0, 4 * Units.EMU_PER_POINT, 0, 0, SummarySheet.LABEL, top,
                SummarySheet.AMOUNT + 1, bottom);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(context.text().text("label.chartTitle"));
        chart.setTitleOverlay(false);
        tagTitleLanguage(chart, context.estimate().header().language());

        // Groups top to bottom in document order; the amount axis then crosses at the last group,
        // which puts it at the bottom.
        XDDFCategoryAxis groupAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        groupAxis.setOrientation(AxisOrientation.MAX_MIN);
        groupAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFValueAxis amountAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        amountAxis.setCrosses(AxisCrosses.MAX);
        amountAxis.setNumberFormat(wholeAmounts(context.money().spreadsheetPattern(), context.money().scale()));

        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(titles,
                absolute(sheet, firstGroup, lastGroup, SummarySheet.LABEL));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(amounts,
                absolute(sheet, firstGroup, lastGroup, SummarySheet.AMOUNT));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, groupAxis, amountAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(context.text().label("label.amount"), null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    /**
     * POI tags the title's text with the machine's locale ("ar-EG" on one machine, "en-US" on
     * another); tag it with the document's language instead, so the workbook is the same everywhere.
     */
    private static void tagTitleLanguage(XSSFChart chart, String language) {
        var rich = chart.getCTChart().getTitle().getTx().getRich();
        for (var paragraph : rich.getPArray()) {
            for (var run : paragraph.getRArray()) {
                if (run.isSetRPr()) {
                    run.getRPr().setLang(language);
                }
            }
            if (paragraph.isSetEndParaRPr()) {
                paragraph.getEndParaRPr().setLang(language);
            }
        }
    }

    /** The currency format without decimals: axis labels are round figures. */
    private static String wholeAmounts(String pattern, int scale) {
        return scale == 0 ? pattern : pattern.replace("." + "0".repeat(scale), "");
    }

    private static String absolute(SheetWriter sheet, int first, int last, int col) {
        String from = sheet.absolute(first, col);
        String to = sheet.absolute(last, col);
        return from + ":" + to.substring(to.indexOf('!') + 1);
    }
}
