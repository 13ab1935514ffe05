package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * A payment due at a point of the project; the percentages of all milestones sum to 100.
 *
 * @param due    when it falls due, in words
 * @param closes the phase (a top-level group id) whose end makes it due, or {@code null}
 * @param opens  the phase whose first day makes it due, or {@code null}; at most one of the two
 */
public record Milestone(
        @NotBlank(message = "name the milestone") String name,
        @NotNull(message = "the milestone's percentage is required")
        @Positive(message = "a milestone's percentage is above zero")
        @DecimalMax(value = "100", message = "a milestone cannot be above 100 %") BigDecimal percent,
        String due,
        String closes,
        String opens) {

    /** A milestone tied to no phase of the schedule. */
    public Milestone(String name, BigDecimal percent, String due) {
        this(name, percent, due, null, null);
    }
}
