package dev.estimator.core.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * The most the provider is liable for: a stated amount, or a percentage of the contract price
 * (the net price invoiced, without contingency drawn on approval). Exactly one of the two.
 */
public record LiabilityCap(
        @Positive(message = "a liability cap is above zero") BigDecimal amount,
        @Positive(message = "a liability cap is above zero") BigDecimal percent,
        String note) {
}
