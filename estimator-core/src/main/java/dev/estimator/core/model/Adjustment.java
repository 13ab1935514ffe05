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
 * <p>A discount is a concession, and a concession is traded: {@code inExchangeFor} says what the
 * provider receives for it (a prepayment, a longer commitment, a published case study, reduced
 * scope, faster approvals). One given with nothing in return is "naked"; {@code unconditional}
 * marks it as deliberate and says why (goodwill to a long-standing client, say). Both are shown to
 * the client.
 *
 * @param appliesTo     the part of the price it applies to; {@link AdjustmentScope#ONE_TIME} when not stated
 * @param inExchangeFor what the provider receives for this discount, in the document's language
 * @param unconditional why this discount is given with nothing in return, when it is
 */
public record Adjustment(
        @NotBlank(message = "every adjustment needs an id") String id,
        @NotNull(message = "say whether this is a discount or a surcharge") AdjustmentKind kind,
        @NotBlank(message = "every discount or surcharge needs a stated reason") String reason,
        @PositiveOrZero(message = "give the percentage as a positive number; the kind says discount or surcharge")
        @DecimalMax(value = "100", message = "an adjustment above 100 % is not credible") BigDecimal percent,
        @PositiveOrZero(message = "give the amount as a positive number; the kind says discount or surcharge") BigDecimal amount,
        AdjustmentScope appliesTo,
        String inExchangeFor,
        String unconditional) {

    public Adjustment {
        appliesTo = appliesTo == null ? AdjustmentScope.ONE_TIME : appliesTo;
    }

    /** An adjustment of the one-time price that states no trade. */
    public Adjustment(String id, AdjustmentKind kind, String reason, BigDecimal percent, BigDecimal amount) {
        this(id, kind, reason, percent, amount, AdjustmentScope.ONE_TIME, null, null);
    }

    /** An adjustment of the part of the price {@code appliesTo} names, stating no trade. */
    public Adjustment(String id, AdjustmentKind kind, String reason, BigDecimal percent, BigDecimal amount,
                      AdjustmentScope appliesTo) {
        this(id, kind, reason, percent, amount, appliesTo, null, null);
    }

    /** An adjustment of the one-time price with what the provider receives for it. */
    public Adjustment(String id, AdjustmentKind kind, String reason, BigDecimal percent, BigDecimal amount,
                      String inExchangeFor, String unconditional) {
        this(id, kind, reason, percent, amount, AdjustmentScope.ONE_TIME, inExchangeFor, unconditional);
    }

    /** Whether this is a discount given with nothing in exchange and not marked unconditional. */
    public boolean isNakedConcession() {
        return kind == AdjustmentKind.DISCOUNT && isBlank(inExchangeFor) && isBlank(unconditional);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
