package dev.estimator.export.xlsx;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;

/** What a sheet builder starts from: the shared context and the sheet it writes. */
abstract class SheetBuilder {

    final WorkbookContext context;
    final SheetWriter sheet;
    final WorkbookStyles styles;
    final WorkbookText text;
    final Estimate estimate;
    final EstimateTotals totals;

    SheetBuilder(WorkbookContext context, SheetWriter sheet) {
        this.context = context;
        this.sheet = sheet;
        this.styles = context.styles();
        this.text = context.text();
        this.estimate = context.estimate();
        this.totals = context.totals();
    }
}
