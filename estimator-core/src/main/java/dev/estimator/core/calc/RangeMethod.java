package dev.estimator.core.calc;

/**
 * How the range of the grand total is worked out from the priced estimate. The calculator asks
 * it once for the baseline and once for each alternative; the documents only ever read the
 * {@link TotalRange} it gives, so a different method (a simulated range, say) slots in with
 * {@link EstimateCalculator#calculate(dev.estimator.core.model.Estimate, RangeMethod)} and no
 * renderer changes.
 *
 * <p>An implementation must be pure and deterministic like the rest of the calculation (a
 * simulation seeds its generator from the estimate), and round every figure with the
 * {@link PricedEstimate#rounding() rounding policy} it is given.
 */
@FunctionalInterface
public interface RangeMethod {

    /** The range of {@code priced}'s grand total. */
    TotalRange range(PricedEstimate priced);

    /**
     * Today's method: the optimistic and pessimistic totals (every three-point quantity at its O or
     * P point), the P80 total (the subtotal raised by {@link TotalRange#Z80} PERT standard
     * deviations) and the estimate class's accuracy range around the grand total; each carried
     * through contingency, adjustments and tax by the same rules (see {@code docs/calculation.md}).
     */
    static RangeMethod pert() {
        return PertRange.INSTANCE;
    }
}
