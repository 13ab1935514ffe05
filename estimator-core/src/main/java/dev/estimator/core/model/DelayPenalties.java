package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * Penalties for late delivery, or their stated absence ({@code applies: false}).
 *
 * @param percentPerWeek the penalty per week of delay, as a percentage of the contract price
 * @param maxPercent     the most the penalties can add up to, as a percentage of the contract price
 */
public record DelayPenalties(
        boolean applies,
        @Positive(message = "a delay penalty is above zero; write applies: false when there is none")
        @DecimalMax(value = "100", message = "a delay penalty above 100 % is not credible") BigDecimal percentPerWeek,
        @Positive(message = "a cap on delay penalties is above zero")
        @DecimalMax(value = "100", message = "a cap on delay penalties above 100 % is not credible") BigDecimal maxPercent,
        String note) {
}
