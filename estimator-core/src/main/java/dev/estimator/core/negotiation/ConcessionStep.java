package dev.estimator.core.negotiation;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.calc.RoundingPolicy;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the price stands after one concession (a discount), in the order the adjustments apply.
 * Internal: margin and the headroom to target and walk-away.
 *
 * @param amount              the discount, as the calculator applied it (negative)
 * @param priceAfter          the running amount after it: subtotal + contingency + the adjustments so far
 * @param marginAfter         that amount less the total cost, when the estimate carries cost rates
 * @param aboveTarget         that amount less the target price, when one is stated
 * @param aboveWalkAway       that amount less the walk-away price, when one is stated
 * @param discountPercentSoFar the discounts so far as a percentage of subtotal + contingency, 2 decimals
 * @param withinMaxDiscount   whether that percentage is within the largest discount allowed, when one is stated
 */
public record ConcessionStep(Adjustment adjustment, BigDecimal amount, BigDecimal priceAfter,
                             Optional<BigDecimal> marginAfter, Optional<BigDecimal> aboveTarget,
                             Optional<BigDecimal> aboveWalkAway, BigDecimal discountPercentSoFar,
                             Optional<Boolean> withinMaxDiscount) {

    /** One step per discount of {@code totals}' price chain, in the order they apply. */
    public static List<ConcessionStep> of(EstimateTotals totals) {
        Preconditions.checkNotNull(totals, "totals");
        Optional<BigDecimal> cost = totals.internal().map(InternalTotals::cost);
        Optional<NegotiationFigures> negotiation = totals.negotiation();
        BigDecimal base = totals.subtotal().add(totals.contingency());
        BigDecimal discounted = totals.rounding().zero();
        List<ConcessionStep> out = new ArrayList<>();
        for (AdjustmentAmount applied : totals.price().adjustments()) {
            if (applied.adjustment().kind() != AdjustmentKind.DISCOUNT) {
                continue;
            }
            BigDecimal after = applied.base().add(applied.amount());
            discounted = discounted.subtract(applied.amount());
            BigDecimal percent = RoundingPolicy.percentage(discounted, base);
            out.add(new ConcessionStep(applied.adjustment(), applied.amount(), after, cost.map(after::subtract),
                    negotiation.map(NegotiationFigures::targetPrice).map(after::subtract),
                    negotiation.map(NegotiationFigures::walkAwayPrice).map(after::subtract), percent,
                    negotiation.map(NegotiationFigures::maxDiscountPercent).map(m -> percent.compareTo(m) <= 0)));
        }
        return out;
    }
}
