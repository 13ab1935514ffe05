package dev.estimator.cli;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.SharedPricing;
import dev.estimator.export.ExportRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The estimate a command reports or exports, redacted for its audience, and its totals, started
 * early: as soon as the file has passed every rule but the price checks, on a thread of its own
 * (for 100,000 items a pricing takes seconds). They count only if the file then comes back valid
 * as that same estimate; otherwise they are worked out afresh. Either way it is
 * {@link ExportRequest#of}, the one place that redacts and prices for an audience. As the hook of
 * {@link EstimateInput#load(java.nio.file.Path, java.io.PrintWriter, String, SharedPricing)}
 * it also lends these totals to validation's price checks ({@link SharedPricing}): the documents'
 * prices are the estimate's (redaction drops costs, never a price), so the estimate is priced once.
 */
final class EarlyPricing implements SharedPricing {

    private final Audience audience;
    /** The estimate {@link #request} is for. */
    private Estimate checked;
    private CompletableFuture<ExportRequest> request;

    EarlyPricing(Audience audience) {
        this.audience = audience;
    }

    /** Starts redacting {@code estimate} for the audience and pricing it. */
    @Override
    public void accept(Estimate estimate) {
        checked = estimate;
        request = Futures.onOwnThread("estimator-report-pricing", () -> ExportRequest.of(estimate, audience));
    }

    /** What was started, for validation's price checks. */
    @Override
    public EstimateTotals totals() {
        return request == null ? null : Futures.joined(request).totals();
    }

    /**
     * {@code loaded} (valid) redacted for the audience, with its totals; whatever the pricing threw
     * is thrown here as it was.
     */
    ExportRequest request(Estimate loaded) {
        if (request == null || checked != loaded) {
            // Nothing was started for this estimate: made here, once.
            ExportRequest made = ExportRequest.of(loaded, audience);
            checked = loaded;
            request = CompletableFuture.completedFuture(made);
        }
        return Futures.joined(request);
    }

    /** {@code loaded} (valid) redacted for the audience. */
    Estimate estimate(Estimate loaded) {
        return request(loaded).estimate();
    }

    /** The totals of {@link #estimate}. */
    EstimateTotals totals(Estimate loaded) {
        return request(loaded).totals();
    }
}
