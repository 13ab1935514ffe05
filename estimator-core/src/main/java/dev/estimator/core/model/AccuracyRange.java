package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How far the final cost may land from the estimate, as signed percentages:
 * {@code low} is zero or negative, {@code high} zero or positive (e.g. −20 % / +30 %).
 */
public record AccuracyRange(
        @NotNull @DecimalMax(value = "0", message = "the low end is a percentage at or below zero, e.g. -20")
        @DecimalMin(value = "-100", message = "the low end cannot be below -100 %") BigDecimal low,
        @NotNull @DecimalMin(value = "0", message = "the high end is a percentage at or above zero, e.g. 30")
        @DecimalMax(value = "1000", message = "the high end above +1000 % is not an estimate") BigDecimal high) {

    /**
     * The default range of an estimate class: the wide end of AACE 18R-97's typical range,
     * so that the range a client is shown errs on the honest side.
     */
    public static AccuracyRange forClass(int estimateClass) {
        return switch (estimateClass) {
            case 1 -> of(-10, 15);
            case 2 -> of(-15, 20);
            case 3 -> of(-20, 30);
            case 4 -> of(-30, 50);
            case 5 -> of(-50, 100);
            default -> throw new IllegalArgumentException("estimate class must be 1 to 5, was " + estimateClass);
        };
    }

    public static AccuracyRange of(int low, int high) {
        return new AccuracyRange(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
    }
}
