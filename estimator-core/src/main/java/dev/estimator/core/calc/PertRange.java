package dev.estimator.core.calc;

/** The default {@link RangeMethod}: see {@link RangeMethod#pert()}. */
final class PertRange implements RangeMethod {

    static final PertRange INSTANCE = new PertRange();

    private PertRange() {
    }

    @Override
    public TotalRange range(PricedEstimate priced) {
        return EstimateCalculator.pertRange(priced);
    }

    @Override
    public String toString() {
        return "RangeMethod.pert()";
    }
}
