package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything from the subtotal down to the grand total.
 *
 * @param net   subtotal + contingency + adjustments: the price before tax
 * @param total net + tax
 */
public record PriceTail(BigDecimal subtotal, BigDecimal contingency, List<AdjustmentAmount> adjustments,
                        BigDecimal net, BigDecimal tax, BigDecimal total) {

    public PriceTail {
        adjustments = List.copyOf(adjustments);
    }
}
