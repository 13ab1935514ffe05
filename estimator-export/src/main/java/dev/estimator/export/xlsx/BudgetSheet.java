package dev.estimator.export.xlsx;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.core.negotiation.PriceBasis;
import dev.estimator.export.document.Phrasing;
import java.util.List;
import java.util.Map;

/**
 * The ways to reach a budget ({@code export --budget}), one column each: what it gives up and
 * gains, then its price derived by formula over the model: the subtotal of the quote (or of its
 * alternative, on the Alternatives sheet) less the amounts of the optional items it leaves out,
 * carried through the same contingency, adjustments and tax as the baseline ({@link PriceChain});
 * last, how far the price is from the budget, which is an input.
 */
final class BudgetSheet {

    private static final int LABEL = 0;
    private static final int FIRST = 1;

    private BudgetSheet() {
    }

    static void write(WorkbookContext context, SheetWriter sheet, AlternativesSheet.AlternativeCells alternatives) {
        BudgetFit fit = context.request().budget().orElseThrow();
        WorkbookText text = context.text();
        WorkbookStyles styles = context.styles();
        Phrasing p = context.phrasing();
        List<FitCandidate> candidates = fit.anyFits() ? fit.fits() : fit.nearest();
        int[] widths = new int[FIRST + Math.max(1, candidates.size())];
        widths[LABEL] = 40;
        for (int k = 0; k < candidates.size(); k++) {
            widths[FIRST + k] = 34;
        }
        SheetFrame.widths(sheet, widths);
        SheetFrame.titles(context, sheet, p.text("budget.title", p.amount(fit.budget())));
        sheet.text(2, 0, text.text(fit.anyFits() ? "note.budget" : "note.budgetNothingFits"), styles.note);
        int header = SheetFrame.TABLE_HEADER;
        sheet.text(header, LABEL, p.text("budget.option"), styles.header);
        for (int k = 0; k < candidates.size(); k++) {
            sheet.text(header, FIRST + k, budgetName(p, candidates.get(k)), styles.header);
        }
        int row = header + 1;
        row = texts(sheet, styles, row, text.label("label.givesUp"), candidates,
                c -> c.alternative().map(Alternative::givesUp).orElse(""));
        row = texts(sheet, styles, row, text.text("label.leavesOut"), candidates,
                c -> p.list(c.dropped().stream().map(LineItem::title).toList()));
        row = texts(sheet, styles, row, text.label("label.gains"), candidates,
                c -> c.alternative().map(Alternative::gains).orElse(""));
        row++;
        PriceChain chain = new PriceChain(context.estimate(), row);
        chain.writeLabels(context, sheet, LABEL);
        for (int k = 0; k < candidates.size(); k++) {
            chain.writeColumn(context, sheet, FIRST + k, subtotal(context, alternatives, candidates.get(k)),
                    candidates.get(k).price(), false);
        }
        row = chain.total + 2;
        int budgetRow = row;
        sheet.text(row, LABEL, text.text(fit.basis() == PriceBasis.NET ? "label.budgetNet" : "label.budgetGross"),
                styles.label);
        sheet.number(row++, FIRST, fit.budget(), styles.moneyInput);
        sheet.text(row, LABEL, text.text("label.overBudget"), styles.label);
        int compared = fit.basis() == PriceBasis.NET ? chain.net : chain.total;
        for (int k = 0; k < candidates.size(); k++) {
            sheet.formula(row, FIRST + k, context.round(SheetWriter.local(compared, FIRST + k) + "-"
                    + new org.apache.poi.ss.util.CellReference(budgetRow, FIRST, true, true).formatAsString(false)),
                    candidates.get(k).gap(), styles.moneyBold);
        }
        SheetFrame.finish(context, sheet, header, 1, Math.max(FIRST, FIRST + candidates.size() - 1), row);
    }

    private static String budgetName(Phrasing p, FitCandidate candidate) {
        String base = candidate.alternative().map(Alternative::name).orElse(p.text("budget.asQuoted"));
        return candidate.dropped().isEmpty() ? base
                : p.text("budget.without", base, p.list(candidate.dropped().stream().map(LineItem::title).toList()));
    }

    private static int texts(SheetWriter sheet, WorkbookStyles styles, int row, String label,
                             List<FitCandidate> candidates, java.util.function.Function<FitCandidate, String> field) {
        sheet.text(row, LABEL, label, styles.label);
        for (int k = 0; k < candidates.size(); k++) {
            sheet.text(row, FIRST + k, field.apply(candidates.get(k)), styles.wrap);
        }
        return row + 1;
    }

    /** The candidate's subtotal: its alternative's (or the quote's) less each item it leaves out. */
    private static String subtotal(WorkbookContext context, AlternativesSheet.AlternativeCells alternatives,
                                   FitCandidate candidate) {
        StringBuilder formula = new StringBuilder();
        Map<String, String> amounts;
        if (candidate.alternative().isPresent()) {
            String id = candidate.alternative().get().id();
            formula.append(alternatives.subtotals().get(id));
            amounts = alternatives.itemAmounts().getOrDefault(id, Map.of());
        } else {
            formula.append(DefinedNames.SUBTOTAL);
            amounts = null;
        }
        BreakdownLayout layout = context.layout();
        for (LineItem item : candidate.dropped()) {
            String ref = amounts == null ? context.sheets().breakdown().ref(layout.itemRow(item.id()), layout.amount)
                    : amounts.get(item.id());
            formula.append('-').append(ref);
        }
        return formula.toString();
    }
}
