package dev.estimator.export.xlsx;

import dev.estimator.core.model.Header;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * What every sheet has around its table: a title, a line saying which estimate it belongs to,
 * a header row, column widths, frozen headings, and a print setup a finance reader expects
 * (landscape, one page wide, headings repeated, title, revision and page number in the margins).
 */
final class SheetFrame {

    /** Excel's maximum row outline level. */
    static final int MAX_OUTLINE = 7;

    private SheetFrame() {
    }

    /** The row of a table sheet's column headings, below the title, the identity line and a note. */
    static final int TABLE_HEADER = 3;

    /**
     * Opens a sheet that is one table: column widths, title, identity line, the note on inputs
     * (when the table has any) and the column headings in row {@link #TABLE_HEADER}.
     */
    static void table(WorkbookContext context, SheetWriter sheet, String titleKey, boolean hasInputs,
                      List<String> labels, List<Integer> numberColumns, int... widths) {
        widths(sheet, widths);
        titles(context, sheet, context.text().text(titleKey));
        if (hasInputs) {
            sheet.text(2, 0, context.text().text("note.inputs"), context.styles().note);
        }
        headerRow(context, sheet, TABLE_HEADER, labels, numberColumns);
    }

    /** Title in row 0 and the estimate's identity in row 1. */
    static void titles(WorkbookContext context, SheetWriter sheet, String title) {
        Header header = context.estimate().header();
        sheet.text(0, 0, title, context.styles().title);
        sheet.row(0).setHeightInPoints(24);
        String identity = header.title() + " \u00B7 " + header.client().name() + " \u00B7 "
                + context.text().label("label.revision") + " " + header.revision().number();
        if (header.reference() != null && !header.reference().isBlank()) {
            // The estimate number on every sheet, as on every PDF page (issue 11).
            identity = context.text().label("label.reference") + " " + header.reference().strip() + " \u00B7 " + identity;
        }
        sheet.text(1, 0, identity, context.styles().note);
    }

    /** A header row; labels of money and number columns are right-aligned. */
    static void headerRow(WorkbookContext context, SheetWriter sheet, int row, List<String> labels,
                          List<Integer> numberColumns) {
        for (int col = 0; col < labels.size(); col++) {
            String label = labels.get(col);
            if (label != null) {
                sheet.text(row, col, label, numberColumns.contains(col)
                        ? context.styles().headerNumber : context.styles().header);
            }
        }
    }

    /** Column widths in characters. */
    static void widths(SheetWriter sheet, int... characters) {
        for (int col = 0; col < characters.length; col++) {
            sheet.width(col, characters[col]);
        }
    }

    /**
     * Freezes everything above {@code firstDataRow} (and left of {@code frozenColumns}), repeats
     * the header row on every printed page, and sets up printing of columns up to {@code lastColumn}.
     */
    static void finish(WorkbookContext context, SheetWriter sheet, int headerRow, int frozenColumns,
                       int lastColumn, int lastRow) {
        SXSSFSheet poiSheet = sheet.sheet();
        if (headerRow >= 0) {
            poiSheet.createFreezePane(frozenColumns, headerRow + 1);
            poiSheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        poiSheet.setFitToPage(true);
        poiSheet.setAutobreaks(true);
        PrintSetup print = poiSheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(paper(context));
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        poiSheet.setHorizontallyCenter(false);
        poiSheet.getWorkbook().setPrintArea(poiSheet.getWorkbook().getSheetIndex(poiSheet), 0, lastColumn, 0,
                Math.max(lastRow, 1));
        Header header = context.estimate().header();
        String revision = context.text().label("label.revision") + " " + header.revision().number();
        poiSheet.getHeader().setLeft(context.request().isInternal()
                ? escape(context.text().label("label.internalOnly")) : "");
        poiSheet.getHeader().setCenter(escape(header.title()));
        poiSheet.getHeader().setRight(escape(revision));
        poiSheet.getFooter().setLeft(escape(header.provider().name()));
        poiSheet.getFooter().setCenter("&A");
        poiSheet.getFooter().setRight(escape(context.text().label("label.page", "\u0000P", "\u0000N"))
                .replace("\u0000", "&"));
    }

    private static short paper(WorkbookContext context) {
        String country = context.estimate().header().effectiveLocale().getCountry();
        return country.equals("US") || country.equals("CA") ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE;
    }

    /** Header and footer text is a small language of its own, where {@code &} starts a code. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }

    /** A row's outline level, capped at what Excel allows. */
    static void outline(SheetWriter sheet, int row, int level) {
        if (level > 0) {
            sheet.sheet().setRowOutlineLevel(row, Math.min(level, MAX_OUTLINE));
        }
    }
}
