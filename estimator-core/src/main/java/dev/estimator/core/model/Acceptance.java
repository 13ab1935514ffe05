package dev.estimator.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How delivered work is accepted.
 *
 * @param criteria what the work must do to be accepted, in plain words
 * @param period   how long the client has to test and accept, in {@code unit}s
 */
public record Acceptance(
        @NotBlank(message = "state the acceptance criteria") String criteria,
        @NotNull(message = "give the acceptance period, e.g. period: 10 with unit: working-days")
        @Positive(message = "an acceptance period is above zero")
        @Max(value = 10_000, message = "a period of more than 10000 units is not plausible") Integer period,
        @NotNull(message = "give the acceptance period's unit: days, working-days, weeks, months or years") PeriodUnit unit) {
}
