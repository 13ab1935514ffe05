package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * Where the grand total may land.
 *
 * @param optimistic        the grand total with every three-point item at its optimistic quantity
 * @param pessimistic       the grand total with every three-point item at its pessimistic quantity
 * @param standardDeviation the PERT standard deviation of the subtotal (items independent), rounded
 * @param p80               the grand total at an 80 % confidence level: the subtotal raised by
 *                          {@link #Z80} standard deviations, carried through contingency, adjustments and tax
 * @param classLow          the grand total at the low end of the estimate class's accuracy range
 * @param classHigh         the grand total at the high end of the estimate class's accuracy range
 * @param optimisticPrice   the optimistic scenario line by line, from its subtotal to its total
 * @param p80Price          the P80 scenario line by line
 * @param pessimisticPrice  the pessimistic scenario line by line
 */
public record TotalRange(BigDecimal optimistic, BigDecimal pessimistic, BigDecimal standardDeviation,
                         BigDecimal p80, BigDecimal classLow, BigDecimal classHigh,
                         PriceTail optimisticPrice, PriceTail p80Price, PriceTail pessimisticPrice) {

    /** The standard normal quantile at 80 %: how many standard deviations the P80 subtotal lies above the mean. */
    public static final BigDecimal Z80 = new BigDecimal("0.8416");

    public TotalRange {
        if (optimisticPrice.total().compareTo(optimistic) != 0 || p80Price.total().compareTo(p80) != 0
                || pessimisticPrice.total().compareTo(pessimistic) != 0) {
            throw new IllegalArgumentException("a scenario's price does not end at its total");
        }
    }
}
