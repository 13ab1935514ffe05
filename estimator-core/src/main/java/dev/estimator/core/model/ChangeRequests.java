package dev.estimator.core.model;

import jakarta.validation.constraints.NotNull;

/**
 * How a change to the agreed scope is priced and approved.
 *
 * @param approvedBy who approves a change request in writing, e.g. "the client's project sponsor"
 * @param note       anything more, in the document's language
 */
public record ChangeRequests(
        @NotNull(message = "say how change requests are priced: rate-card or fixed-quote") ChangeRequestPricing pricing,
        String approvedBy,
        String note) {
}
