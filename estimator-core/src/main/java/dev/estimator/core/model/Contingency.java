package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The reserve for risks, how it was set and why.
 *
 * @param percent used with {@link ContingencyMethod#PERCENT}: a percentage of the subtotal
 * @param amount  used with {@link ContingencyMethod#AMOUNT}
 */
public record Contingency(
        @NotNull(message = "say how the contingency is set: percent, amount or risk-based") ContingencyMethod method,
        @PositiveOrZero(message = "a contingency percentage cannot be negative")
        @DecimalMax(value = "100", message = "a contingency above 100 % of the subtotal is not credible") BigDecimal percent,
        @PositiveOrZero(message = "a contingency amount cannot be negative") BigDecimal amount,
        @NotBlank(message = "explain why the contingency is what it is") String explanation) {
}
