package dev.estimator.cli;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.SharedPricing;
import java.util.concurrent.CompletableFuture;

/**
 * The totals a command reports or exports, started early: as soon as the file has passed every
 * rule but the price checks, on a thread of its own beside validation's own pricing (for 100,000
 * items each takes seconds). They count only if the file then comes back valid as that same
 * estimate; otherwise they are worked out afresh. Either way the same calculation. As the hook of
 * {@link EstimateInput#load(java.nio.file.Path, java.io.PrintWriter, String, java.util.function.Consumer)}
 * it also lends these totals to validation's price checks ({@link SharedPricing}): the documents'
 * prices are the estimate's (redaction drops costs, never a price), so the estimate is priced once.
 */
final class EarlyPricing implements SharedPricing {

    private final Audience audience;
    private Estimate checked;
    private Estimate redacted;
    private CompletableFuture<EstimateTotals> pricing;

    EarlyPricing(Audience audience) {
        this.audience = audience;
    }

    /** Starts pricing {@code estimate}, redacted for the audience. */
    @Override
    public void accept(Estimate estimate) {
        checked = estimate;
        redacted = estimate.redactedFor(audience);
        Estimate priced = redacted;
        pricing = Futures.onOwnThread("estimator-report-pricing", () -> EstimateCalculator.calculate(priced));
    }

    /** What was started, for validation's price checks. */
    @Override
    public EstimateTotals totals() {
        return pricing == null ? null : Futures.joined(pricing);
    }

    /** Whether what was started is for {@code loaded}, the valid estimate read. */
    private boolean startedFor(Estimate loaded) {
        return pricing != null && checked == loaded;
    }

    /** {@code loaded} (valid) redacted for the audience. */
    Estimate estimate(Estimate loaded) {
        return startedFor(loaded) ? redacted : loaded.redactedFor(audience);
    }

    /** The totals of {@link #estimate}; whatever the pricing threw is thrown here as it was. */
    EstimateTotals totals(Estimate loaded) {
        return startedFor(loaded) ? Futures.joined(pricing) : EstimateCalculator.calculate(estimate(loaded));
    }
}
