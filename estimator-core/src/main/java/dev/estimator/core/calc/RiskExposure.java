package dev.estimator.core.calc;

import dev.estimator.core.model.Risk;
import java.math.BigDecimal;

/** A risk's expected cost: probability × midpoint of its impact range, rounded. */
public record RiskExposure(Risk risk, BigDecimal expectedCost) {
}
