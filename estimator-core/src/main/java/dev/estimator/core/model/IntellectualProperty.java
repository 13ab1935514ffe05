package dev.estimator.core.model;

import jakarta.validation.constraints.NotNull;

/**
 * Who owns the delivered work.
 *
 * @param owner {@link Owner#CLIENT}: the work becomes the client's on payment; {@link Owner#PROVIDER}:
 *              the provider keeps it and licenses it to the client
 * @param note  the details (pre-existing tools, open-source parts, the licence's terms)
 */
public record IntellectualProperty(
        @NotNull(message = "say who owns the delivered work: client or provider") Owner owner,
        String note) {
}
