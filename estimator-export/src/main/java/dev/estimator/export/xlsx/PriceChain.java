package dev.estimator.export.xlsx;

import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Estimate;
import java.util.List;

/**
 * The chain from a subtotal to the grand total, one figure per row down one column: subtotal,
 * contingency, each adjustment in order (each on the running amount above it), net price, tax,
 * total. The Summary writes the baseline's chain; the range and the alternatives carry other
 * subtotals through the very same chain, so their totals follow the same rules and inputs.
 */
final class PriceChain {

    final int subtotal;
    /** -1 when the estimate has no contingency. */
    final int contingency;
    final int firstAdjustment;
    final int net;
    /** -1 when no tax is charged. */
    final int tax;
    final int total;
    private final Estimate estimate;

    PriceChain(Estimate estimate, int firstRow) {
        this.estimate = estimate;
        int row = firstRow;
        subtotal = row++;
        contingency = estimate.contingency() == null ? -1 : row++;
        firstAdjustment = row;
        row += estimate.adjustments().size();
        net = row++;
        tax = estimate.tax() == null ? -1 : row++;
        total = row;
    }

    int adjustment(int index) {
        return firstAdjustment + index;
    }

    /** The short label of each row, in {@code col}. */
    void writeLabels(WorkbookContext context, SheetWriter sheet, int col) {
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        sheet.text(subtotal, col, text.label("label.subtotal"), styles.subtotalText);
        if (contingency >= 0) {
            sheet.text(contingency, col, text.label("label.contingency"), styles.text);
        }
        List<Adjustment> adjustments = estimate.adjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            sheet.text(adjustment(i), col, text.name(adjustments.get(i).kind()), styles.text);
        }
        sheet.text(net, col, text.label("label.net"), styles.label);
        if (tax >= 0) {
            sheet.text(tax, col, estimate.tax().name(), styles.text);
        }
        sheet.text(total, col, text.label("label.grandTotal"), styles.totalText);
    }

    /**
     * The chain's formulas in {@code col}, starting from {@code subtotalFormula}, with the
     * calculator's figures as cached values. {@code named}: this is the baseline's own chain, whose
     * figures get the {@code Price_*} names.
     */
    void writeColumn(WorkbookContext context, SheetWriter sheet, int col, String subtotalFormula, PriceTail cached,
                     boolean named) {
        writeColumn(context, sheet, col, subtotalFormula, cached, named, false);
    }

    /**
     * The chain in {@code col} with no contingency in it: what the payments invoice when the
     * contingency is billed only on approval (the calculator's {@code billing().invoiced()}).
     */
    void writeColumnWithoutContingency(WorkbookContext context, SheetWriter sheet, int col, String subtotalFormula,
                                       PriceTail cached) {
        writeColumn(context, sheet, col, subtotalFormula, cached, false, true);
    }

    private void writeColumn(WorkbookContext context, SheetWriter sheet, int col, String subtotalFormula, PriceTail cached,
                             boolean named, boolean withoutContingency) {
        WorkbookStyles styles = context.styles();
        DefinedNames names = context.names();
        // Every sum is rounded to the currency's scale as well: the figures summed are already at that
        // scale, so this changes nothing in exact arithmetic, but a spreadsheet adds in binary floating
        // point (605.46 + 4260.82 + 232.23 − 90 % is 509.849999...), and the next percentage would
        // round the wrong way at a half cent.
        sheet.formula(subtotal, col, context.round(subtotalFormula), cached.subtotal(), styles.subtotalMoney);
        String sub = SheetWriter.local(subtotal, col);
        if (contingency >= 0) {
            String formula = withoutContingency ? "0" : switch (estimate.contingency().method()) {
                case PERCENT -> context.round(sub + "*" + DefinedNames.CONTINGENCY_PERCENT + "/100");
                case AMOUNT -> context.round(DefinedNames.CONTINGENCY_FIXED);
                case RISK_BASED -> DefinedNames.RISKS_EXPECTED;
                // A workbook cannot rerun the simulation: the amount it came to, as a value.
                case SIMULATION -> cached.contingency().toPlainString();
            };
            sheet.formula(contingency, col, formula, cached.contingency(), styles.money);
        }
        List<Adjustment> adjustments = estimate.adjustments();
        int applied = 0;
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            if (!adjustment.appliesTo().oneTime()) {
                // It applies to the recurring charges only (the Recurring sheet): nothing here.
                sheet.formula(adjustment(i), col, "0", context.totals().rounding().zero(), styles.money);
                continue;
            }
            String input = names.of("Adjustment", adjustment.id());
            String running = context.round("SUM(" + sub + ":" + SheetWriter.local(adjustment(i) - 1, col) + ")");
            String magnitude = adjustment.percent() != null
                    ? context.round(running + "*" + input + "/100")
                    : context.round(input);
            String formula = adjustment.kind() == AdjustmentKind.DISCOUNT ? "-" + magnitude : magnitude;
            sheet.formula(adjustment(i), col, formula, cached.adjustments().get(applied++).amount(), styles.money);
            if (named) {
                names.define(names.of("Adjustment", adjustment.id(), "_Amount"), sheet.absolute(adjustment(i), col));
            }
        }
        sheet.formula(net, col, context.round("SUM(" + sub + ":" + SheetWriter.local(net - 1, col) + ")"), cached.net(),
                styles.moneyBold);
        String netRef = SheetWriter.local(net, col);
        String totalFormula = netRef;
        if (tax >= 0) {
            sheet.formula(tax, col, context.round(netRef + "*" + DefinedNames.TAX_PERCENT + "/100"), cached.tax(),
                    styles.money);
            totalFormula = netRef + "+" + SheetWriter.local(tax, col);
        }
        sheet.formula(total, col, context.round(totalFormula), cached.total(), styles.moneyTotal);
        if (named) {
            names.define(DefinedNames.SUBTOTAL, sheet.absolute(subtotal, col));
            if (contingency >= 0) {
                names.define(DefinedNames.CONTINGENCY, sheet.absolute(contingency, col));
            }
            names.define(DefinedNames.NET, sheet.absolute(net, col));
            if (tax >= 0) {
                names.define(DefinedNames.TAX, sheet.absolute(tax, col));
            }
            names.define(DefinedNames.TOTAL, sheet.absolute(total, col));
        }
    }
}
