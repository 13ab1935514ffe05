package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The reserve for risks, how it was set and why.
 *
 * @param percent used with {@link ContingencyMethod#PERCENT}: a percentage of the subtotal
 * @param amount  used with {@link ContingencyMethod#AMOUNT}
 * @param confidence used with {@link ContingencyMethod#SIMULATION}: the percentile of the simulated
 *                   outcomes the price is raised to, 1 to 99 (80: four outcomes in five cost no more)
 */
public record Contingency(
        @NotNull(message = "say how the contingency is set: percent, amount, risk-based or simulation") ContingencyMethod method,
        @PositiveOrZero(message = "a contingency percentage cannot be negative")
        @DecimalMax(value = "100", message = "a contingency above 100 % of the subtotal is not credible") BigDecimal percent,
        @PositiveOrZero(message = "a contingency amount cannot be negative") BigDecimal amount,
        @NotBlank(message = "explain why the contingency is what it is") String explanation,
        @Min(value = 1, message = "a confidence is from 1 to 99 %")
        @Max(value = 99, message = "a confidence is from 1 to 99 %") Integer confidence) {

    /** A contingency set without a simulation: percent, amount or risk-based. */
    public Contingency(ContingencyMethod method, BigDecimal percent, BigDecimal amount, String explanation) {
        this(method, percent, amount, explanation, null);
    }

    /** A contingency that raises the price to the simulated outcome at {@code confidence} %. */
    public static Contingency simulated(int confidence, String explanation) {
        return new Contingency(ContingencyMethod.SIMULATION, null, null, explanation, confidence);
    }
}
