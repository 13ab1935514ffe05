package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * The priced figures of one line item.
 *
 * @param quantity the priced quantity: the value, or the PERT mean of a three-point quantity
 * @param rate     the client rate per unit (a role's rate converted to the item's unit, or the unit price)
 * @param amount   {@code quantity × rate}, rounded
 * @param cost     the internal cost, or {@code null} when the estimate carries no cost for it
 * @param spread   for a three-point quantity, its PERT figures; otherwise {@code null}
 */
public record ItemTotal(String itemId, String groupId, BigDecimal quantity, BigDecimal rate, BigDecimal amount,
                        BigDecimal cost, boolean optional, ThreePointSpread spread) {

    /**
     * @param standardDeviation PERT standard deviation of the quantity, unrounded
     * @param optimisticAmount  the amount at the optimistic quantity, rounded
     * @param pessimisticAmount the amount at the pessimistic quantity, rounded
     */
    public record ThreePointSpread(BigDecimal standardDeviation, BigDecimal optimisticAmount,
                                   BigDecimal pessimisticAmount) {
    }
}
