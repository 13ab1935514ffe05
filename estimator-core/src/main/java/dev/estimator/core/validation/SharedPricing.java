package dev.estimator.core.validation;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;

/**
 * What validation hands an estimate to once every rule but the price checks has passed, just
 * before it prices the estimate for them ({@link EstimateValidator#findings(Estimate, java.util.Set,
 * SharedPricing)}): a caller that prices the estimate too (for a report or documents) can start
 * then, on another thread. If it lends its totals ({@link #totals()}), the price checks read those
 * instead of pricing the estimate a second time; for 100,000 items a pricing takes seconds, and the
 * two ran side by side on the same two cores. A plain lambda only watches.
 */
@FunctionalInterface
public interface SharedPricing extends java.util.function.Consumer<Estimate> {

    /**
     * The totals of the estimate last {@linkplain #accept accepted}, or of one with the same prices
     * (that estimate redacted for an audience: redaction drops costs and internal figures, never a
     * price), waiting for them if they are still being worked out; null (the default) to have
     * validation price the estimate itself. What the pricing threw is thrown here.
     */
    default EstimateTotals totals() {
        return null;
    }
}
