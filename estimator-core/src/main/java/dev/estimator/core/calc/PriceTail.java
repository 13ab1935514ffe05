package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything from the subtotal down to the grand total.
 *
 * @param net   subtotal + contingency + adjustments: the price before tax
 * @param total net + tax
 * @param taxByRate the tax per rate, whose taxes add up to {@code tax} exactly; empty without tax
 */
public record PriceTail(BigDecimal subtotal, BigDecimal contingency, List<AdjustmentAmount> adjustments,
                        BigDecimal net, BigDecimal tax, BigDecimal total, List<TaxRateAmount> taxByRate) {

    public PriceTail {
        adjustments = List.copyOf(adjustments);
        taxByRate = List.copyOf(taxByRate);
    }
}
