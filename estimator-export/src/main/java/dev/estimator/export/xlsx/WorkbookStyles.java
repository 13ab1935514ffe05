package dev.estimator.export.xlsx;

import dev.estimator.export.document.Phrasing;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of a workbook, created once (a workbook holds at most 64,000 styles and each
 * costs memory). Inputs are blue, as finance models mark them; derived figures are black.
 */
final class WorkbookStyles {

    private static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    private static final byte[] GROUP_FILL = {(byte) 0xE8, (byte) 0xEE, (byte) 0xF5};
    private static final byte[] TOTAL_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
    private static final byte[] INPUT_BLUE = {(byte) 0x00, (byte) 0x32, (byte) 0xC8};
    private static final byte[] NOTE_GREY = {(byte) 0x59, (byte) 0x59, (byte) 0x59};
    private static final byte[] WARNING_RED = {(byte) 0xB0, (byte) 0x00, (byte) 0x20};

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle warning;
    final CellStyle header;
    final CellStyle headerNumber;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle date;
    final CellStyle money;
    final CellStyle moneyInput;
    final CellStyle moneyBold;
    final CellStyle moneyTotal;
    final CellStyle quantity;
    final CellStyle quantityInput;
    /** Whole counts, such as how many times a recurring charge falls due. */
    final CellStyle count;
    final CellStyle countInput;
    /** A stated percentage (a rate, a probability), as written: 22 %, 7.5 %. */
    final CellStyle percent;
    final CellStyle percentInput;
    final CellStyle percentTotal;
    /** A computed share with two decimals, as the calculator gives it: 18.40 %. */
    final CellStyle share;
    final CellStyle numberInput;
    final CellStyle groupText;
    final CellStyle groupWrap;
    final CellStyle subtotalText;
    final CellStyle subtotalMoney;
    /** A rate or unit price: the currency's format, with room for finer stated prices (€0.0035). */
    final CellStyle rate;
    final CellStyle rateInput;
    final CellStyle totalText;

    WorkbookStyles(Workbook workbook, String fontName, String moneyPattern, String percentPattern,
                   String sharePattern, String datePattern) {
        short moneyFormat = workbook.createDataFormat().getFormat(moneyPattern);
        short percentFormat = workbook.createDataFormat().getFormat(percentPattern);
        short shareFormat = workbook.createDataFormat().getFormat(sharePattern);
        short dateFormat = workbook.createDataFormat().getFormat(datePattern);
        // Quantities and rates are inputs: show every decimal they have (up to four more than usual),
        // so that the quantity shown times the rate shown is the amount shown.
        short quantityFormat = workbook.createDataFormat().getFormat("#,##0.00##");
        short rateFormat = workbook.createDataFormat().getFormat(
                java.util.regex.Pattern.compile("\\.(0+)").matcher(moneyPattern).replaceAll(".$1##"));
        short numberFormat = workbook.createDataFormat().getFormat("0.0000");

        Font plain = font(workbook, fontName, 10, false, false, null);
        Font bold = font(workbook, fontName, 10, true, false, null);
        Font blue = font(workbook, fontName, 10, false, false, INPUT_BLUE);
        Font white = font(workbook, fontName, 10, true, false, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        Font big = font(workbook, fontName, 16, true, false, HEADER_FILL);
        Font grey = font(workbook, fontName, 10, false, true, NOTE_GREY);
        Font red = font(workbook, fontName, 11, true, false, WARNING_RED);
        Font boldLarger = font(workbook, fontName, 11, true, false, null);

        title = style(workbook, big, (short) -1, false);
        subtitle = style(workbook, boldLarger, (short) -1, false);
        note = style(workbook, grey, (short) -1, false);
        warning = style(workbook, red, (short) -1, false);
        header = header(workbook, white, HorizontalAlignment.GENERAL);
        headerNumber = header(workbook, white, HorizontalAlignment.RIGHT);
        label = style(workbook, bold, (short) -1, false);
        text = style(workbook, plain, (short) -1, false);
        wrap = style(workbook, plain, (short) -1, true);
        date = style(workbook, plain, dateFormat, false);
        date.setAlignment(HorizontalAlignment.LEFT);
        money = style(workbook, plain, moneyFormat, false);
        moneyInput = style(workbook, blue, moneyFormat, false);
        moneyBold = style(workbook, bold, moneyFormat, false);
        moneyTotal = total(style(workbook, bold, moneyFormat, false));
        rate = style(workbook, plain, rateFormat, false);
        rateInput = style(workbook, blue, rateFormat, false);
        quantity = style(workbook, plain, quantityFormat, false);
        quantityInput = style(workbook, blue, quantityFormat, false);
        short countFormat = workbook.createDataFormat().getFormat("#,##0");
        count = style(workbook, plain, countFormat, false);
        countInput = style(workbook, blue, countFormat, false);
        percent = style(workbook, plain, percentFormat, false);
        percentInput = style(workbook, blue, percentFormat, false);
        percentTotal = total(style(workbook, bold, percentFormat, false));
        share = style(workbook, plain, shareFormat, false);
        numberInput = style(workbook, blue, numberFormat, false);
        groupText = style(workbook, bold, (short) -1, false);
        fill(groupText, GROUP_FILL);
        groupWrap = style(workbook, grey, (short) -1, true);
        fill(groupWrap, GROUP_FILL);
        subtotalText = style(workbook, bold, (short) -1, false);
        subtotalText.setBorderTop(BorderStyle.THIN);
        subtotalMoney = style(workbook, bold, moneyFormat, false);
        subtotalMoney.setBorderTop(BorderStyle.THIN);
        totalText = total(style(workbook, bold, (short) -1, false));
    }

    /**
     * A spreadsheet number format that writes a percentage as {@link Phrasing#percent} does, the
     * number shown by {@code numberFormat} ({@code General} for a stated value, {@code 0.00} for a
     * computed share) and the language's sign around it as literal text.
     */
    static String percentPattern(Phrasing phrasing, String numberFormat) {
        String[] around = phrasing.text("format.percent", MARK).split(MARK, -1);
        return literal(around[0]) + numberFormat + literal(around[1]);
    }

    private static final String MARK = "\u0001";

    private static String literal(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "") + "\"";
    }

    private static Font font(Workbook workbook, String name, int points, boolean bold, boolean italic, byte[] rgb) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (rgb != null) {
            font.setColor(new XSSFColor(rgb));
        }
        return font;
    }

    private static CellStyle style(Workbook workbook, Font font, short format, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (format >= 0) {
            style.setDataFormat(format);
        }
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle header(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = style(workbook, font, (short) -1, true);
        fill(style, HEADER_FILL);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(alignment);
        return style;
    }

    /** A grand-total cell: shaded, a rule above and a double rule below. */
    private static CellStyle total(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.DOUBLE);
        fill(style, TOTAL_FILL);
        return style;
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
