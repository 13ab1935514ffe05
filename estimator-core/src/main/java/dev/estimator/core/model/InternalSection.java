package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The provider's negotiation figures. Everything here is internal. */
public record InternalSection(
        @Internal @PositiveOrZero(message = "a target price cannot be negative") BigDecimal targetPrice,
        @Internal @PositiveOrZero(message = "a walk-away price cannot be negative") BigDecimal walkAwayPrice,
        @Internal @PositiveOrZero(message = "a maximum discount cannot be negative")
        @DecimalMax(value = "100", message = "a maximum discount above 100 % is not credible") BigDecimal maxDiscountPercent,
        @Internal String notes) {
}
