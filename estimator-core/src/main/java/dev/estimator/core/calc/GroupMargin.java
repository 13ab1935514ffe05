package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * What one group costs and earns. Internal.
 *
 * @param depth         0 for a top-level group
 * @param price         the group's subtotal (what the client pays for it, before contingency,
 *                      adjustments and tax)
 * @param cost          the sum of its items' and subgroups' costs
 * @param margin        price − cost
 * @param marginPercent margin as a percentage of the price, 2 decimals; zero when the price is zero
 */
public record GroupMargin(String groupId, String title, int depth, BigDecimal price, BigDecimal cost,
                          BigDecimal margin, BigDecimal marginPercent) {
}
