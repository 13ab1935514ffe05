package dev.estimator.core.calc;

import dev.estimator.core.model.Assumption;
import java.math.BigDecimal;

/** What an assumption's failure would add to the price, or {@code null} when no impact is stated. */
public record AssumptionImpact(Assumption assumption, BigDecimal amount) {
}
