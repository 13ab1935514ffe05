package dev.estimator.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The warranty on delivered work.
 *
 * @param period how long it runs after acceptance, in {@code unit}s
 * @param covers what it covers, in plain words (e.g. "defects against the agreed specification")
 */
public record Warranty(
        @NotNull(message = "give the warranty period, e.g. period: 3 with unit: months")
        @Positive(message = "a warranty period is above zero")
        @Max(value = 10_000, message = "a period of more than 10000 units is not plausible") Integer period,
        @NotNull(message = "give the warranty period's unit: days, working-days, weeks, months or years") PeriodUnit unit,
        @NotBlank(message = "say what the warranty covers") String covers) {
}
