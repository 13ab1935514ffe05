package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A condition the price depends on, who is responsible for it, and its price if it fails. */
public record Assumption(
        @NotBlank(message = "every assumption needs an id") String id,
        @NotBlank(message = "state the assumption") String statement,
        @NotNull(message = "say who owns the assumption: client or provider") Owner owner,
        String rationale,
        @Valid CostImpact impact) {
}
