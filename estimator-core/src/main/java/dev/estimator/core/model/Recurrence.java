package dev.estimator.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A line item that is charged again every period over a term, e.g. hosting at 95 a month for 36
 * months. The item's amount is then the charge per period, kept out of the one-time price.
 *
 * @param every how often it is charged
 * @param term  how long, in months (a whole number of periods)
 */
public record Recurrence(
        @NotNull(message = "say how often it recurs: month, quarter or year") RecurrencePeriod every,
        @NotNull(message = "give the term in months, e.g. term: 36")
        @Positive(message = "a term is at least one month")
        @Max(value = 1200, message = "a term of more than 1200 months is not plausible") Integer term) {

    /** How many times it is charged over the term; {@code null} when the term is not a whole number of periods. */
    public Integer charges() {
        if (every == null || term == null || term % every.months() != 0) {
            return null;
        }
        return term / every.months();
    }
}
