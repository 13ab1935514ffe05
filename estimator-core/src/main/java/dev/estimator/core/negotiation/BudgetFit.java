package dev.estimator.core.negotiation;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The combinations of one alternative (or the baseline) with optional items on or off that land
 * within a client's budget, best first.
 *
 * <p>The ranking, kept simple so it can be explained: fewest things given up first (an alternative
 * counts as one, each optional item left out as one), then the highest price at or under the
 * budget, because the client wants the most for their money. Equal prices are ordered by the
 * larger subtotal, then the alternatives' order in the file (baseline first), then the items left
 * out in document order.
 *
 * <p>With a simulated contingency (which depends on which items are in) the search holds the
 * contingency at the amount it comes to for the quote; every combination listed is still priced
 * exactly by the calculator with its own simulated contingency, and one that would then exceed the
 * budget (or fall below walk-away) is left out, so the selection, not the figures, is approximate.
 * Recurring optional items are not part of the one-time price and are not searched.
 *
 * <p>For the internal audience a combination whose net price falls below the walk-away price is
 * never listed; for the client audience the walk-away price plays no part (it is not even read).
 *
 * @param fits          the best combinations within the budget, at most the number asked for
 * @param nearest       the combinations just above the budget, smallest gap first: what to show when
 *                      nothing fits (for the internal audience, none below walk-away either)
 * @param baseline      the baseline with every item in
 * @param walkAwayPrice the walk-away price, for the internal audience when the estimate states one
 * @param combinations  how many combinations the search covered (every alternative × every on/off
 *                      choice of its optional items), saturating at {@link Long#MAX_VALUE}
 */
public record BudgetFit(BigDecimal budget, PriceBasis basis, Audience audience, FitCandidate baseline,
                        List<FitCandidate> fits, List<FitCandidate> nearest, Optional<BigDecimal> walkAwayPrice,
                        long combinations) {

    public BudgetFit {
        fits = List.copyOf(fits);
        nearest = List.copyOf(nearest);
    }

    /**
     * Searches {@code estimate} (valid) for the {@code top} best combinations within {@code budget}.
     * Every combination is priced exactly: the search ranks them by an exact decomposition of the
     * calculator's figures (a combination's subtotal is its alternative's subtotal less the rounded
     * amounts of the items left out, carried through contingency, adjustments and tax by the
     * calculator's own price chain), and every combination returned is then recomputed with
     * {@code EstimateCalculator} from the estimate it describes.
     */
    public static BudgetFit search(Estimate estimate, BigDecimal budget, PriceBasis basis, int top, Audience audience) {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(budget, "budget");
        Preconditions.checkNotNull(basis, "basis");
        Preconditions.checkNotNull(audience, "audience");
        Preconditions.checkArgument(top > 0, "top must be at least 1, was %s", top);
        return new FitSearch(estimate.redactedFor(audience), budget, basis, top, audience).run();
    }

    /** Whether any combination is within the budget. */
    public boolean anyFits() {
        return !fits.isEmpty();
    }
}
