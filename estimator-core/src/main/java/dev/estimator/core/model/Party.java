package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;

/** The provider of an estimate: who quotes, and how to reach them. */
public record Party(@NotBlank(message = "the name is required") String name, String contact) {
}
