package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;

/**
 * The provider's negotiation figures, and the log of offers and counter-offers
 * ({@code internal.negotiation} in the file). Everything here is internal.
 */
public record InternalSection(
        @Internal @PositiveOrZero(message = "a target price cannot be negative") BigDecimal targetPrice,
        @Internal @PositiveOrZero(message = "a walk-away price cannot be negative") BigDecimal walkAwayPrice,
        @Internal @PositiveOrZero(message = "a maximum discount cannot be negative")
        @DecimalMax(value = "100", message = "a maximum discount above 100 % is not credible") BigDecimal maxDiscountPercent,
        @Internal String notes,
        @Internal List<@Valid NegotiationEntry> negotiation) {

    public InternalSection {
        negotiation = negotiation == null ? List.of() : List.copyOf(negotiation);
    }

    /** Negotiation figures and notes, with no log. */
    public InternalSection(BigDecimal targetPrice, BigDecimal walkAwayPrice, BigDecimal maxDiscountPercent, String notes) {
        this(targetPrice, walkAwayPrice, maxDiscountPercent, notes, List.of());
    }
}
