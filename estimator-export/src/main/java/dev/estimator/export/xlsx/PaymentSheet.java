package dev.estimator.export.xlsx;

import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.model.ContingencyBilling;
import java.util.List;

/**
 * When the grand total is paid: each milestone's share of the total, the last taking the
 * remainder so that the payments add up to the total exactly.
 */
final class PaymentSheet {

    private static final int HEADER = SheetFrame.TABLE_HEADER;
    private static final int PERCENT = 2;
    private static final int AMOUNT = 3;

    private PaymentSheet() {
    }

    static void write(WorkbookContext context) {
        SheetWriter sheet = context.sheets().payment();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        SheetFrame.table(context, sheet, "title.payment", true, List.of(text.label("label.milestone"),
                text.label("label.due"), text.label("label.percent"), text.label("label.amount")),
                List.of(PERCENT, AMOUNT), 36, 40, 14, 18);
        List<MilestoneAmount> milestones = context.totals().milestones();
        // What the payments add up to: the total, or without the contingency when it is billed only on approval.
        boolean onApproval = context.estimate().contingency() != null
                && context.totals().billing().billing() == ContingencyBilling.ON_APPROVAL;
        String invoiced = onApproval ? DefinedNames.BILLED_TOTAL : DefinedNames.TOTAL;
        int first = HEADER + 1;
        int row = first;
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneAmount milestone = milestones.get(i);
            sheet.text(row, 0, milestone.milestone().name(), styles.wrap);
            sheet.text(row, 1, milestone.milestone().due(), styles.wrap);
            sheet.number(row, PERCENT, milestone.milestone().percent(), styles.percentInput);
            String formula = i == milestones.size() - 1
                    ? invoiced + (i == 0 ? "" : "-SUM(" + SheetWriter.local(first, AMOUNT) + ":"
                    + SheetWriter.local(row - 1, AMOUNT) + ")")
                    : context.round(invoiced + "*" + SheetWriter.local(row, PERCENT) + "/100");
            sheet.formula(row, AMOUNT, formula, milestone.amount(), styles.money);
            context.names().define(context.names().of("Milestone", String.valueOf(i + 1), "_Amount"),
                    sheet.absolute(row, AMOUNT));
            row++;
        }
        if (milestones.isEmpty()) {
            sheet.text(row++, 0, text.text("note.noMilestones"), styles.text);
        } else {
            sheet.text(row, 0, text.text("label.milestoneTotal"), styles.totalText);
            sheet.blank(row, 1, styles.totalText);
            sheet.formula(row, PERCENT, "SUM(" + SheetWriter.local(first, PERCENT) + ":"
                    + SheetWriter.local(row - 1, PERCENT) + ")", context.totals().scheduledPercent(),
                    styles.percentTotal);
            sheet.formula(row, AMOUNT, "SUM(" + SheetWriter.local(first, AMOUNT) + ":"
                    + SheetWriter.local(row - 1, AMOUNT) + ")", context.totals().billing().billedTotal(), styles.moneyTotal);
            row++;
        }
        SheetFrame.finish(context, sheet, HEADER, 0, AMOUNT, row);
    }
}
