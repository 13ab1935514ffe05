package dev.estimator.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A cost impact from {@code low} to {@code high}, in the estimate's currency. */
public record CostRange(
        @NotNull(message = "the low end of the impact is required") @PositiveOrZero(message = "a cost impact cannot be negative") BigDecimal low,
        @NotNull(message = "the high end of the impact is required") @PositiveOrZero(message = "a cost impact cannot be negative") BigDecimal high) {
}
