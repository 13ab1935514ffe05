package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Who the estimate is for. */
public record Client(
        @NotBlank(message = "the client's name is required") String name,
        @NotNull(message = "say whether the client is internal, external or third-party") ClientKind kind,
        String contact) {
}
