package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A discount or surcharge, always with its reason. Adjustments apply in the order they are
 * listed, each to the running amount (subtotal plus contingency plus the adjustments before it).
 * Exactly one of {@code percent} or {@code amount} is given, both as positive numbers; the kind
 * gives the sign.
 *
 * @param appliesTo the part of the price it applies to; {@link AdjustmentScope#ONE_TIME} when not stated
 */
public record Adjustment(
        @NotBlank(message = "every adjustment needs an id") String id,
        @NotNull(message = "say whether this is a discount or a surcharge") AdjustmentKind kind,
        @NotBlank(message = "every discount or surcharge needs a stated reason") String reason,
        @PositiveOrZero(message = "give the percentage as a positive number; the kind says discount or surcharge")
        @DecimalMax(value = "100", message = "an adjustment above 100 % is not credible") BigDecimal percent,
        @PositiveOrZero(message = "give the amount as a positive number; the kind says discount or surcharge") BigDecimal amount,
        AdjustmentScope appliesTo) {

    public Adjustment {
        appliesTo = appliesTo == null ? AdjustmentScope.ONE_TIME : appliesTo;
    }

    /** An adjustment of the one-time price. */
    public Adjustment(String id, AdjustmentKind kind, String reason, BigDecimal percent, BigDecimal amount) {
        this(id, kind, reason, percent, amount, AdjustmentScope.ONE_TIME);
    }
}
