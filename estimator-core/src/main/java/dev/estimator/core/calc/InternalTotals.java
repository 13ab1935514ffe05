package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * The provider's view: what the work costs and what it earns. Internal.
 *
 * @param cost          the sum of the items' internal costs
 * @param margin        net price − cost
 * @param marginPercent margin as a percentage of the net price
 */
public record InternalTotals(BigDecimal cost, BigDecimal margin, BigDecimal marginPercent) {
}
