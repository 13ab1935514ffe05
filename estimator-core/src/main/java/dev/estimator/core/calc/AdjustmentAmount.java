package dev.estimator.core.calc;

import dev.estimator.core.model.Adjustment;
import java.math.BigDecimal;

/**
 * An adjustment as applied: the running amount it applied to, and its signed effect
 * (negative for a discount).
 */
public record AdjustmentAmount(Adjustment adjustment, BigDecimal base, BigDecimal amount) {
}
