package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Prices a selection: the baseline or an alternative, with some optional items left out, by the
 * calculator's own steps. Leaving items out lowers the subtotal; a percentage contingency follows
 * the subtotal, any other contingency (an amount, the risks' expected cost, or what the
 * simulation came to for the whole variant) stays the amount the variant quotes, as it does for
 * {@link EstimateTotals#totalWithoutOptional()}. Adjustments, tax and milestones then apply as for
 * the full price. Leaving out every optional item gives exactly the variant's price without them.
 */
public final class SelectionCalculator {

    private SelectionCalculator() {
    }

    /**
     * The price of {@code alternativeId} ({@code null} for the baseline) without the optional
     * items {@code leftOut}.
     *
     * @param estimate the estimate, as it was calculated
     * @param totals   {@code EstimateCalculator.calculate(estimate)}
     * @throws IllegalArgumentException when there is no such alternative, or an id left out is not
     *                                  a one-time optional item of that variant
     */
    public static SelectionPrice price(Estimate estimate, EstimateTotals totals, String alternativeId,
                                       Set<String> leftOut) {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(totals, "totals");
        Preconditions.checkNotNull(leftOut, "leftOut");
        Estimate variant = estimate;
        EstimateTotals variantTotals = totals;
        if (alternativeId != null) {
            AlternativeTotals alternative = totals.alternatives().stream()
                    .filter(a -> a.alternative().id().equals(alternativeId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no alternative with id " + alternativeId));
            Alternative chosen = alternative.alternative();
            variant = AlternativeApplier.apply(estimate, chosen);
            variantTotals = alternative.totals();
        }
        RoundingPolicy rounding = variantTotals.rounding();
        BigDecimal subtotal = variantTotals.subtotal();
        for (String id : leftOut) {
            LineItem item = variant.item(id).orElseThrow(
                    () -> new IllegalArgumentException("no line item with id " + id + " in this selection"));
            Preconditions.checkArgument(item.optional() && !item.isRecurring(),
                    "line item %s is not a one-time optional item", id);
            subtotal = subtotal.subtract(variantTotals.item(id).amount());
        }
        boolean percent = variant.contingency() != null && variant.contingency().method() == ContingencyMethod.PERCENT;
        BigDecimal contingency = percent
                ? rounding.percentOf(subtotal, variant.contingency().percent())
                : variantTotals.contingency();
        PriceTail price = EstimateCalculator.tail(variant, rounding, subtotal, contingency);
        BilledPrice billing = EstimateCalculator.billing(variant, rounding, price, variantTotals.riskExposures());
        return new SelectionPrice(alternativeId, leftOut, price, billing,
                EstimateCalculator.milestones(variant, rounding, billing.billedTotal()));
    }
}
