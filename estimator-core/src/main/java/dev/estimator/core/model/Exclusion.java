package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;

/** Something explicitly not included, and why. */
public record Exclusion(
        String id,
        @NotBlank(message = "say what is excluded") String description,
        @NotBlank(message = "say why it is excluded") String reason) {
}
