package dev.estimator.export.xlsx;

import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.CostImpact;
import java.util.ArrayList;
import java.util.List;

/**
 * The assumption register: each assumption, who owns it, why it is reasonable and what it adds to
 * the price if it fails: a stated amount, or a percentage of the named items' amounts (of the
 * subtotal when none are named), computed from the Breakdown.
 */
final class AssumptionsSheet {

    private static final int HEADER = SheetFrame.TABLE_HEADER;
    private static final int VALUE = 6;
    private static final int IMPACT = 7;

    private AssumptionsSheet() {
    }

    static void write(WorkbookContext context) {
        SheetWriter sheet = context.sheets().assumptions();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        SheetFrame.table(context, sheet, "title.assumptions", true, List.of(text.label("label.id"),
                text.label("label.assumptions"), text.label("label.owner"), text.label("label.rationale"),
                text.label("label.impact"), text.text("label.items"), text.text("label.impactValue"),
                text.text("label.costImpact")), List.of(VALUE, IMPACT), 10, 48, 12, 40, 40, 14, 14, 18);
        int row = HEADER + 1;
        for (AssumptionImpact impact : context.totals().assumptionImpacts()) {
            Assumption assumption = impact.assumption();
            sheet.text(row, 0, assumption.id(), styles.text);
            sheet.text(row, 1, assumption.statement(), styles.wrap);
            sheet.text(row, 2, assumption.owner() == null ? null : text.name(assumption.owner()), styles.text);
            sheet.text(row, 3, assumption.rationale(), styles.wrap);
            CostImpact cost = assumption.impact();
            if (cost != null) {
                sheet.text(row, 4, cost.description(), styles.wrap);
                sheet.text(row, 5, String.join(", ", cost.items()), styles.wrap);
                if (impact.amount() != null) {
                    writeImpact(context, sheet, row, assumption, impact);
                }
            }
            row++;
        }
        if (row == HEADER + 1) {
            sheet.text(row++, 1, text.text("note.none"), styles.text);
        }
        SheetFrame.finish(context, sheet, HEADER, 0, IMPACT, row);
    }

    private static void writeImpact(WorkbookContext context, SheetWriter sheet, int row, Assumption assumption,
                                    AssumptionImpact impact) {
        WorkbookStyles styles = context.styles();
        CostImpact cost = assumption.impact();
        String value = SheetWriter.local(row, VALUE);
        String formula;
        if (cost.amount() != null) {
            sheet.number(row, VALUE, cost.amount(), styles.moneyInput);
            formula = context.round(value);
        } else {
            sheet.number(row, VALUE, cost.percent(), styles.percentInput);
            formula = context.round("(" + base(context, cost) + ")*" + value + "/100");
        }
        sheet.formula(row, IMPACT, formula, impact.amount(), styles.money);
        context.names().define(context.names().of("Assumption", assumption.id(), "_Impact"),
                sheet.absolute(row, IMPACT));
    }

    /** The named items' amounts, or the subtotal when no item is named. */
    private static String base(WorkbookContext context, CostImpact cost) {
        if (cost.items().isEmpty()) {
            return DefinedNames.SUBTOTAL;
        }
        BreakdownLayout layout = context.layout();
        List<String> terms = new ArrayList<>();
        for (String id : cost.items()) {
            int itemRow = layout.itemRow(id);
            if (itemRow >= 0) {
                terms.add(context.sheets().breakdown().ref(itemRow, layout.amount));
            }
        }
        return Formulas.sum(terms);
    }
}
