package dev.estimator.core.compare;

import java.math.BigDecimal;

/**
 * How the internal cost and margin moved between the revisions. Internal.
 *
 * @param marginPercentBefore margin as a percentage of the net price, 2 decimals
 */
public record CostMovement(BigDecimal costBefore, BigDecimal costAfter, BigDecimal costChange,
                           BigDecimal marginBefore, BigDecimal marginAfter, BigDecimal marginChange,
                           BigDecimal marginPercentBefore, BigDecimal marginPercentAfter) {
}
