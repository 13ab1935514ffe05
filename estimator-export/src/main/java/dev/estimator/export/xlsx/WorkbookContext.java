package dev.estimator.export.xlsx;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.format.MoneyFormat;

/**
 * What every sheet builder shares: the request, the words, the phrasing the other formats share
 * (changes, percentages, fine rates), the styles, the named cells, the plan
 * of the Breakdown sheet and a writer for each sheet ({@code internal} is null for the client).
 */
record WorkbookContext(ExportRequest request, WorkbookText text, WorkbookStyles styles, DefinedNames names,
                       BreakdownLayout layout, MoneyFormat money, Phrasing phrasing, Sheets sheets) {

    record Sheets(SheetWriter summary, SheetWriter breakdown, SheetWriter assumptions, SheetWriter exclusions,
                  SheetWriter risks, SheetWriter alternatives, SheetWriter payment, SheetWriter rates,
                  SheetWriter internal) {
    }

    Estimate estimate() {
        return request.estimate();
    }

    EstimateTotals totals() {
        return request.totals();
    }

    /** Decimals of the currency: what every money formula rounds to. */
    int scale() {
        return totals().rounding().scale();
    }

    String round(String expression) {
        return Formulas.round(expression, scale());
    }
}
