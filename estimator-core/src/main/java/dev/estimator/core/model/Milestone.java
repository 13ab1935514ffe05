package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A payment due at a point of the project; the percentages of all milestones sum to 100. */
public record Milestone(
        @NotBlank(message = "name the milestone") String name,
        @NotNull(message = "the milestone's percentage is required")
        @Positive(message = "a milestone's percentage is above zero")
        @DecimalMax(value = "100", message = "a milestone cannot be above 100 %") BigDecimal percent,
        String due) {
}
