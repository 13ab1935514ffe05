package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A comparable past project: what it was estimated at and what it actually cost, in the same
 * terms (both before tax, say), in the estimate's currency.
 *
 * @param year when it finished, or {@code null}
 */
public record PastProject(
        @NotBlank(message = "every past project needs an id (items may cite it)") String id,
        @NotBlank(message = "name the past project") String name,
        Integer year,
        @NotNull(message = "the estimated total is required")
        @Positive(message = "an estimated total is above zero") BigDecimal estimated,
        @NotNull(message = "the actual total is required")
        @PositiveOrZero(message = "an actual total cannot be negative") BigDecimal actual,
        String note) {
}
