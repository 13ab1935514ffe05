package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who the estimate is for. The kind changes the documents' words, never their cover: it is an
 * internal classification and is not printed.
 *
 * @param department  the client's department or office the estimate is addressed to
 * @param address     the client's postal address, as it is written (line breaks kept)
 * @param costCentre  for an internal client: the cost centre charged, named where an external
 *                    document names the provider
 * @param onBehalfOf  for a third-party client: the end beneficiary the client acts for
 */
public record Client(
        @NotBlank(message = "the client's name is required") String name,
        @NotNull(message = "say whether the client is internal, external or third-party") ClientKind kind,
        String contact,
        String department,
        String address,
        String costCentre,
        String onBehalfOf) {

    /** A client with a name, kind and contact only. */
    public Client(String name, ClientKind kind, String contact) {
        this(name, kind, contact, null, null, null, null);
    }
}
