package dev.estimator.export;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;

/**
 * What an exporter is given: the estimate as the audience may see it, and its totals computed
 * from that same redacted estimate. For {@link Audience#CLIENT} there is nothing internal left to
 * leak: cost rates, unit costs and the internal section are gone, and {@code totals.internal()}
 * is empty.
 */
public record ExportRequest(Estimate estimate, EstimateTotals totals, Audience audience) {

    public ExportRequest {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(totals, "totals");
        Preconditions.checkNotNull(audience, "audience");
        Preconditions.checkArgument(audience == Audience.INTERNAL || estimate.internal() == null,
                "a client request must be built from a redacted estimate; use ExportRequest.of");
    }

    /** Redacts {@code estimate} for {@code audience} and computes its totals. */
    public static ExportRequest of(Estimate estimate, Audience audience) {
        Estimate visible = estimate.redactedFor(audience);
        return new ExportRequest(visible, EstimateCalculator.calculate(visible), audience);
    }

    public boolean isInternal() {
        return audience == Audience.INTERNAL;
    }
}
