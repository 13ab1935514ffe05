package dev.estimator.export.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes cells of one streamed sheet, top to bottom (a row already flushed to disk cannot be
 * revisited). Every formula is written with its result, computed by the calculator, as the cached
 * value: the file then shows the right figures in viewers that never recalculate.
 *
 * <p>Text from the estimate only ever goes in as a string value, never into a formula, so text
 * starting with {@code =}, {@code +}, {@code -} or {@code @} stays text; such a cell also takes
 * the quote-prefix style, so that editing it in Excel does not turn it into a live formula.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final String name;
    private final QuotedStyles quoted;
    /**
     * Column widths in characters as set through {@link #width}, and whether a style wraps: both
     * are asked for every text cell, and POI answers them from its XML beans, slowly.
     */
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final Map<CellStyle, Boolean> wraps = new IdentityHashMap<>();
    private int lastIndex = -1;
    private Row lastRow;

    SheetWriter(SXSSFSheet sheet, QuotedStyles quoted) {
        this.sheet = sheet;
        this.name = sheet.getSheetName();
        this.quoted = quoted;
    }

    /** Sets a column's width in characters. */
    void width(int col, int characters) {
        sheet.setColumnWidth(col, characters * 256);
        widths.put(col, characters);
    }

    private int width(int col) {
        return widths.computeIfAbsent(col, c -> sheet.getColumnWidth(c) / 256);
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /**
     * The row at {@code index}, created if need be. The last one is kept at hand: cells come row by
     * row, and POI looks each up in a tree. Only this method creates rows, and only creating a row
     * flushes older ones, so the row kept is never one already written to disk.
     */
    Row row(int index) {
        if (index == lastIndex) {
            return lastRow;
        }
        Row row = sheet.getRow(index);
        if (row == null) {
            row = sheet.createRow(index);
        }
        lastIndex = index;
        lastRow = row;
        return row;
    }

    /** A text cell; nothing for a null or empty text unless a style is to be painted. */
    void text(int row, int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            blank(row, col, style);
            return;
        }
        Cell cell = row(row).createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(quoted.forText(value, style));
        if (wraps.computeIfAbsent(style, CellStyle::getWrapText)) {
            fitHeight(row, value, width(col));
        }
    }

    /** Text across several columns, merged into one cell; the row grows to show it all. */
    void merged(int row, int firstCol, int lastCol, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row(row).createCell(firstCol);
        cell.setCellValue(value);
        cell.setCellStyle(quoted.forText(value, style));
        sheet.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        int width = 0;
        for (int col = firstCol; col <= lastCol; col++) {
            width += width(col);
        }
        fitHeight(row, value, width);
    }

    /**
     * Gives a row enough height for {@code text} wrapped in a cell {@code widthChars} wide:
     * spreadsheets keep the default height unless told, and never grow rows for merged cells. The
     * estimate counts wide (CJK) characters double and a 10-point character a little narrower than
     * the width unit.
     */
    private void fitHeight(int row, String text, int widthChars) {
        int perLine = Math.max(1, widthChars * 13 / 10);
        // One pass over the characters (it runs for every wrapped cell): each paragraph's width,
        // then the lines it wraps to.
        int lines = 0;
        int width = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += Math.max(1, (width + perLine - 1) / perLine);
                width = 0;
            } else if (c < 0x2E80) {
                width++;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                width += 2;   // wide, counted once per code point: a pair's high half counts for both
            }
        }
        lines += Math.max(1, (width + perLine - 1) / perLine);
        if (lines > 1) {
            Row poiRow = row(row);
            poiRow.setHeightInPoints(Math.max(poiRow.getHeightInPoints(), 13f * lines + 3));
        }
    }

    void blank(int row, int col, CellStyle style) {
        if (style != null) {
            row(row).createCell(col).setCellStyle(style);
        }
    }

    void number(int row, int col, BigDecimal value, CellStyle style) {
        if (value == null) {
            blank(row, col, style);
            return;
        }
        Cell cell = row(row).createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    void date(int row, int col, LocalDate value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row(row).createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A formula (without the leading {@code =}) and the value it evaluates to. */
    void formula(int row, int col, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row(row).createCell(col);
        cell.setCellFormula(formula);
        if (cached != null) {
            cell.setCellValue(cached.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** A cell of this sheet, as a formula in this sheet writes it: {@code D12}. */
    static String local(int row, int col) {
        return (col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col)) + (row + 1);
    }

    /** The letters of the first columns, made once: a formula names several cells per row. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int col = 0; col < COLUMNS.length; col++) {
            COLUMNS[col] = CellReference.convertNumToColString(col);
        }
    }

    /** A cell of this sheet, as a formula in another sheet writes it: {@code 'Breakdown'!L12}. */
    String ref(int row, int col) {
        return quoted(name) + "!" + local(row, col);
    }

    /** A range of one column of this sheet from another sheet: {@code 'Breakdown'!L5:L90}. */
    String range(int firstRow, int lastRow, int col) {
        return quoted(name) + "!" + local(firstRow, col) + ":" + local(lastRow, col);
    }

    /** An absolute reference, as a defined name refers to it. */
    String absolute(int row, int col) {
        return quoted(name) + "!" + new CellReference(row, col, true, true).formatAsString(false);
    }

    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
