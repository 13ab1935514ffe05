package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One offer or counter-offer in the negotiation log: who asked for what, what was conceded and what
 * was received in exchange. Internal.
 *
 * @param by         who made the request or offer: the client or the provider
 * @param asked      what was asked for or offered
 * @param conceded   what was conceded, if anything
 * @param received   what was received in exchange, if anything
 * @param adjustment the id of the discount or surcharge that records the concession, if any
 */
public record NegotiationEntry(
        @NotNull(message = "date each entry of the negotiation log") LocalDate date,
        @NotNull(message = "say who asked: client or provider") Owner by,
        @NotBlank(message = "say what was asked for or offered") String asked,
        String conceded,
        String received,
        String adjustment) {
}
