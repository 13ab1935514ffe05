package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * One point of the simulated S-curve: {@code percent} % of the simulated outcomes cost at most this.
 *
 * @param subtotal the outcome's subtotal (base subtotal plus the sampled deviations), rounded
 * @param total    that subtotal carried through adjustments and tax, without contingency (the
 *                 outcome already contains the uncertainty contingency would cover): a grand total
 */
public record Percentile(int percent, BigDecimal subtotal, BigDecimal total) {
}
