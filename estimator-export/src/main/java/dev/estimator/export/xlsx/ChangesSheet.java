package dev.estimator.export.xlsx;

import dev.estimator.core.compare.BridgeStep;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.export.document.BridgePhrases;
import dev.estimator.export.document.Phrasing;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision bridge as a sheet ({@code export --previous}): the previous revision's grand total,
 * each step with its amount (the core's exact figure, as a value) and its reason, and this
 * revision's grand total as a formula: the previous total plus the steps. Below it, this
 * workbook's own grand total, so a reader sees the two agree. The internal audience also gets each
 * step's margin change.
 */
final class ChangesSheet {

    private static final int LABEL = 0;
    private static final int AMOUNT = 1;
    private static final int REASON = 2;
    private static final int MARGIN = 3;

    private ChangesSheet() {
    }

    static void write(WorkbookContext context, SheetWriter sheet) {
        RevisionBridge bridge = context.request().bridge().orElseThrow();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        Phrasing p = context.phrasing();
        BridgePhrases phrases = new BridgePhrases(p);
        boolean margins = context.request().isInternal() && bridge.costMovement().isPresent();
        List<String> header = new ArrayList<>(List.of(p.text("bridge.change"), text.label("label.amount"),
                text.text("label.why")));
        if (margins) {
            header.add(p.text("bridge.marginChange"));
            SheetFrame.widths(sheet, 58, 18, 70, 18);
        } else {
            SheetFrame.widths(sheet, 58, 18, 70);
        }
        SheetFrame.titles(context, sheet, text.text("title.changes", bridge.previousRevision()));
        sheet.text(2, 0, text.text("note.changes"), styles.note);
        SheetFrame.headerRow(context, sheet, SheetFrame.TABLE_HEADER, header, margins ? List.of(AMOUNT, MARGIN)
                : List.of(AMOUNT));
        int row = SheetFrame.TABLE_HEADER + 1;
        int previousRow = row;
        sheet.text(row, LABEL, p.text("bridge.previousTotal", bridge.previousRevision()), styles.subtotalText);
        sheet.number(row++, AMOUNT, bridge.previousTotal(), styles.moneyBold);
        int firstStep = row;
        for (BridgeStep step : bridge.steps()) {
            sheet.text(row, LABEL, phrases.describe(step.cause()), styles.wrap);
            sheet.number(row, AMOUNT, step.amount(), styles.money);
            sheet.text(row, REASON, step.reason().orElse(""), styles.wrap);
            if (margins) {
                step.marginChange().ifPresent(m -> sheet.number(firstStep + bridge.steps().indexOf(step), MARGIN, m,
                        styles.money));
            }
            row++;
        }
        int lastStep = row - 1;
        String steps = lastStep < firstStep ? "0"
                : "SUM(" + SheetWriter.local(firstStep, AMOUNT) + ":" + SheetWriter.local(lastStep, AMOUNT) + ")";
        int currentRow = row;
        sheet.text(row, LABEL, p.text("bridge.currentTotal", bridge.currentRevision()), styles.totalText);
        sheet.formula(row++, AMOUNT, context.round(SheetWriter.local(previousRow, AMOUNT) + "+" + steps),
                bridge.currentTotal(), styles.moneyTotal);
        sheet.text(row, LABEL, p.text("bridge.difference"), styles.label);
        sheet.formula(row++, AMOUNT, context.round(SheetWriter.local(currentRow, AMOUNT) + "-"
                + SheetWriter.local(previousRow, AMOUNT)), bridge.difference(), styles.moneyBold);
        row++;
        sheet.text(row, LABEL, text.text("label.workbookTotal"), styles.label);
        sheet.formula(row, AMOUNT, DefinedNames.TOTAL, context.totals().grandTotal(), styles.moneyBold);
        SheetFrame.finish(context, sheet, SheetFrame.TABLE_HEADER, 0, margins ? MARGIN : REASON, row);
    }
}
