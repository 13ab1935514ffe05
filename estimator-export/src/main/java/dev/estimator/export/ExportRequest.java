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
 * and {@code totals.negotiation()} are empty. The constructor refuses a client request that
 * breaks this, so an unredacted client request cannot be built at all.
 */
public record ExportRequest(Estimate estimate, EstimateTotals totals, Audience audience) {

    public ExportRequest {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(totals, "totals");
        Preconditions.checkNotNull(audience, "audience");
        if (audience == Audience.CLIENT) {
            // Whatever redaction would still remove (a cost rate, a unit cost, a changed role's cost,
            // the internal section) is a leak waiting to happen: refuse it here, not in each exporter.
            Preconditions.checkArgument(estimate.equals(estimate.redactedFor(Audience.CLIENT)),
                    "a client request must be built from a redacted estimate (it still holds cost rates, unit "
                            + "costs or the internal section); use ExportRequest.of");
            Preconditions.checkArgument(totals.internal().isEmpty() && totals.negotiation().isEmpty(),
                    "a client request's totals must be computed from the redacted estimate; use ExportRequest.of");
        }
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
