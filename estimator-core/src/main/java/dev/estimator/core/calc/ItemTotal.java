package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * The priced figures of one line item.
 *
 * @param quantity the priced quantity: the value, or the PERT mean of a three-point quantity
 * @param rate     the client rate per unit (a role's rate converted to the item's unit, or the unit price)
 * @param amount   {@code quantity × rate}, rounded
 * @param costRate the internal cost per unit (a role's cost rate converted to the item's unit, the
 *                 unit cost, or the rate of an item passed through at cost), or {@code null} when
 *                 the estimate carries no cost for it
 * @param cost     the internal cost {@code quantity × costRate}, rounded, or {@code null} when the
 *                 estimate carries no cost for it
 * @param spread   for a three-point quantity, its PERT figures; otherwise {@code null}
 */
public record ItemTotal(String itemId, String groupId, BigDecimal quantity, BigDecimal rate, BigDecimal amount,
                        BigDecimal costRate, BigDecimal cost, boolean optional, ThreePointSpread spread) {

    /**
     * The standard deviation of the amount ({@code rate × (P − O) / 6}), unrounded; {@code null}
     * for a fixed quantity.
     */
    public BigDecimal amountStandardDeviation() {
        return spread == null ? null : spread.standardDeviation().multiply(rate);
    }

    /**
     * @param standardDeviation PERT standard deviation of the quantity, unrounded
     * @param optimisticAmount  the amount at the optimistic quantity, rounded
     * @param pessimisticAmount the amount at the pessimistic quantity, rounded
     */
    public record ThreePointSpread(BigDecimal standardDeviation, BigDecimal optimisticAmount,
                                   BigDecimal pessimisticAmount) {
    }
}
