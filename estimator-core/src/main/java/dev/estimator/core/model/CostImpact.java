package dev.estimator.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What happens to the price if an assumption fails: either a stated {@code amount}, or a
 * {@code percent} of the affected items' amount (of the subtotal when no items are named).
 */
public record CostImpact(List<String> items, BigDecimal amount, BigDecimal percent, String description) {

    public CostImpact {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
