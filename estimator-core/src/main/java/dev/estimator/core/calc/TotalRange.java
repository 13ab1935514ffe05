package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * Where the grand total may land.
 *
 * @param optimistic        the grand total with every three-point item at its optimistic quantity
 * @param pessimistic       the grand total with every three-point item at its pessimistic quantity
 * @param standardDeviation the PERT standard deviation of the subtotal (items independent), rounded
 * @param p80               the grand total at an 80 % confidence level: the subtotal raised by
 *                          0.8416 standard deviations, carried through contingency, adjustments and tax
 * @param classLow          the grand total at the low end of the estimate class's accuracy range
 * @param classHigh         the grand total at the high end of the estimate class's accuracy range
 */
public record TotalRange(BigDecimal optimistic, BigDecimal pessimistic, BigDecimal standardDeviation,
                         BigDecimal p80, BigDecimal classLow, BigDecimal classHigh) {
}
