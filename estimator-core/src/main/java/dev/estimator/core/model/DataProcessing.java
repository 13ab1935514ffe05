package dev.estimator.core.model;

import jakarta.validation.constraints.NotNull;

/**
 * Whether the work handles personal data, and the clause that governs it (GDPR: a data
 * processing agreement under Article 28).
 *
 * @param personalData whether the provider processes personal data on the client's behalf
 * @param clause       the clause, in the document's language; required when personal data is handled
 */
public record DataProcessing(
        @NotNull(message = "say whether personal data is handled: personalData: true or false") Boolean personalData,
        String clause) {
}
