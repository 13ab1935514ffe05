package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A named change-set over the baseline (or over another alternative, with {@code basedOn}).
 * Its totals are always derived by applying the changes, never typed.
 *
 * @param gains   what the client gains, in words
 * @param givesUp what the client gives up, in words
 */
public record Alternative(
        @NotBlank(message = "every alternative needs an id") String id,
        @NotBlank(message = "every alternative needs a name") String name,
        @NotBlank(message = "explain why this alternative is offered (rationale)") String rationale,
        @NotBlank(message = "say what the client gains") String gains,
        @NotBlank(message = "say what the client gives up") String givesUp,
        String basedOn,
        List<@Valid Change> changes) {

    public Alternative {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
