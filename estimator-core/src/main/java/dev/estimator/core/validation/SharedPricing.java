package dev.estimator.core.validation;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;

/**
 * A hook for {@link EstimateValidator#findings(Estimate, java.util.Set, java.util.function.Consumer)}
 * from a caller that prices the estimate anyway, for a report or documents: validation hands it
 * the estimate once every rule but the price checks has passed ({@link #accept}), then runs those
 * checks on {@link #totals()} instead of pricing the estimate a second time. For 100,000 items a
 * pricing takes seconds; the two ran side by side on the same two cores.
 */
public interface SharedPricing extends java.util.function.Consumer<Estimate> {

    /**
     * The totals of the estimate last {@linkplain #accept accepted}, or of one with the same prices
     * (that estimate redacted for an audience: redaction drops costs and internal figures, never a
     * price), waiting for them if they are still being worked out; null to have validation price the
     * estimate itself. What the pricing threw is thrown here.
     */
    EstimateTotals totals();
}
