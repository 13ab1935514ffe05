package dev.estimator.export.xlsx;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.calc.TotalRange;
import java.math.BigDecimal;

/**
 * The full price chain (contingency, adjustments, tax) of the range's three scenarios, which the
 * workbook shows line by line: the optimistic (pessimistic) scenario puts every three-point
 * quantity at its optimistic (pessimistic) point; the P80 scenario raises the subtotal by
 * {@link #Z80} standard deviations. The figures are the calculator's own.
 */
record RangeScenarios(PriceTail optimistic, PriceTail p80, PriceTail pessimistic) {

    /** The standard normal quantile at 80 %, as the calculator uses it. */
    static final BigDecimal Z80 = TotalRange.Z80;

    static RangeScenarios of(EstimateTotals totals) {
        TotalRange range = totals.range();
        return new RangeScenarios(range.optimisticPrice(), range.p80Price(), range.pessimisticPrice());
    }
}
