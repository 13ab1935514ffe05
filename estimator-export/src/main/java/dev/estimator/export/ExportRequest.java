package dev.estimator.export;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.PriceBasis;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an exporter is given: the estimate as the audience may see it, and its totals computed
 * from that same redacted estimate. For {@link Audience#CLIENT} there is nothing internal left to
 * leak: cost rates, unit costs and the internal section are gone, and {@code totals.internal()}
 * and {@code totals.negotiation()} are empty. The constructor refuses a client request that
 * breaks this, so an unredacted client request cannot be built at all.
 *
 * @param bridge the revision bridge from the previous revision ({@code export --previous}), computed by core
 *               for this audience: a client's has no cost or margin movement
 * @param budget the budget fit ({@code export --budget}), searched for this audience: a client's never
 *               reads the walk-away price
 */
public record ExportRequest(Estimate estimate, EstimateTotals totals, Audience audience,
                            Optional<RevisionBridge> bridge, Optional<BudgetFit> budget) {

    /** How many ways to reach a budget the documents show. */
    public static final int BUDGET_OPTIONS = 3;

    public ExportRequest {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(totals, "totals");
        Preconditions.checkNotNull(audience, "audience");
        Preconditions.checkNotNull(bridge, "bridge");
        Preconditions.checkNotNull(budget, "budget");
        if (audience == Audience.CLIENT) {
            // Whatever redaction would still remove (a cost rate, a unit cost, a changed role's cost,
            // the internal section) is a leak waiting to happen: refuse it here, not in each exporter.
            Preconditions.checkArgument(estimate.equals(estimate.redactedFor(Audience.CLIENT)),
                    "a client request must be built from a redacted estimate (it still holds cost rates, unit "
                            + "costs or the internal section); use ExportRequest.of");
            Preconditions.checkArgument(totals.internal().isEmpty() && totals.negotiation().isEmpty(),
                    "a client request's totals must be computed from the redacted estimate; use ExportRequest.of");
            Preconditions.checkArgument(bridge.flatMap(RevisionBridge::costMovement).isEmpty()
                            && bridge.stream().flatMap(b -> b.steps().stream()).allMatch(s -> s.costChange().isEmpty()),
                    "a client request's revision bridge must be computed from redacted estimates; use withPrevious");
            Preconditions.checkArgument(budget.isEmpty() || budget.get().audience() == Audience.CLIENT
                            && budget.get().walkAwayPrice().isEmpty(),
                    "a client request's budget fit must be searched for the client; use withBudget");
        }
    }

    /** A request with neither a previous revision nor a budget. */
    public ExportRequest(Estimate estimate, EstimateTotals totals, Audience audience) {
        this(estimate, totals, audience, Optional.empty(), Optional.empty());
    }

    /** Redacts {@code estimate} for {@code audience} and computes its totals. */
    public static ExportRequest of(Estimate estimate, Audience audience) {
        Estimate visible = estimate.redactedFor(audience);
        return new ExportRequest(visible, EstimateCalculator.calculate(visible), audience);
    }

    /**
     * This request with the revision bridge from {@code previous} (valid, same currency: check
     * {@link RevisionBridge#sameCurrency} first), redacted for this audience before the bridge is computed.
     */
    public ExportRequest withPrevious(Estimate previous) {
        Preconditions.checkNotNull(previous, "previous");
        RevisionBridge walk = RevisionBridge.between(previous.redactedFor(audience), estimate);
        return new ExportRequest(estimate, totals, audience, Optional.of(walk), budget);
    }

    /** This request with the best {@link #BUDGET_OPTIONS} ways to reach {@code amount}, searched for this audience. */
    public ExportRequest withBudget(BigDecimal amount, PriceBasis basis) {
        Preconditions.checkNotNull(amount, "amount");
        Preconditions.checkNotNull(basis, "basis");
        BudgetFit fit = BudgetFit.search(estimate, amount, basis, BUDGET_OPTIONS, audience);
        return new ExportRequest(estimate, totals, audience, bridge, Optional.of(fit));
    }

    public boolean isInternal() {
        return audience == Audience.INTERNAL;
    }
}
