package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * The provider's view: what the work costs and what it earns. Internal.
 *
 * @param cost          the sum of the items' internal costs
 * @param margin        net price − cost
 * @param marginPercent margin as a percentage of the net price
 * @param groups        each group's price, cost and margin, at every depth, depth first
 */
public record InternalTotals(BigDecimal cost, BigDecimal margin, BigDecimal marginPercent, List<GroupMargin> groups) {

    public InternalTotals {
        groups = List.copyOf(groups);
    }
}
