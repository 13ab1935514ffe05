package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a {@link RangeMethod} works from: the estimate, its rounding policy, every item priced
 * (with its three-point spread), the baseline price chain and the risks' expected costs.
 *
 * @param estimate the estimate, its contingency resolved: a {@code simulation} contingency appears as
 *                 the amount it came to (with its confidence), so {@link #priceFrom} carries it unchanged
 * @param items every line item's figures, by id, in document order
 */
public record PricedEstimate(Estimate estimate, RoundingPolicy rounding, Map<String, ItemTotal> items,
                             PriceTail price, List<RiskExposure> riskExposures) {

    public PricedEstimate {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(rounding, "rounding");
        Preconditions.checkNotNull(price, "price");
        items = com.google.common.collect.ImmutableMap.copyOf(items);
        riskExposures = List.copyOf(riskExposures);
    }

    /**
     * {@code subtotal} carried through the estimate's contingency, adjustments and tax by the same
     * rules as the baseline: what a scenario with that subtotal would cost in the end.
     */
    public PriceTail priceFrom(BigDecimal subtotal) {
        Preconditions.checkNotNull(subtotal, "subtotal");
        return EstimateCalculator.tail(estimate, rounding, subtotal, riskExposures);
    }
}
