package dev.estimator.export.xlsx;

import dev.estimator.core.model.Exclusion;
import java.util.List;

/** What the price does not include, and why. */
final class ExclusionsSheet {

    private static final int HEADER = SheetFrame.TABLE_HEADER;

    private ExclusionsSheet() {
    }

    static void write(WorkbookContext context) {
        SheetWriter sheet = context.sheets().exclusions();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        SheetFrame.table(context, sheet, "title.exclusions", false, List.of(text.label("label.id"),
                text.label("label.description"), text.label("label.reason")), List.of(), 10, 60, 60);
        int row = HEADER + 1;
        for (Exclusion exclusion : context.estimate().exclusions()) {
            sheet.text(row, 0, exclusion.id(), styles.text);
            sheet.text(row, 1, exclusion.description(), styles.wrap);
            sheet.text(row, 2, exclusion.reason(), styles.wrap);
            row++;
        }
        if (row == HEADER + 1) {
            sheet.text(row++, 1, text.text("note.none"), styles.text);
        }
        SheetFrame.finish(context, sheet, HEADER, 0, 2, row);
    }
}
