package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The provider of an estimate: who quotes, how to reach them, and how they are identified.
 *
 * @param address      the postal address, as it is written (line breaks kept)
 * @param taxId        the VAT number: an EU VAT id with its country prefix (IT12345678903), a UK
 *                     one, or an Italian P.IVA of 11 digits
 * @param registration the company number, or the Japanese qualified-invoice registration number
 *                     (登録番号, T and 13 digits)
 * @param fiscalCode   the Italian codice fiscale (C.F.): 11 digits for a company, 16 characters
 *                     for a person
 */
public record Party(
        @NotBlank(message = "the name is required") String name,
        String contact,
        String address,
        String taxId,
        String registration,
        String fiscalCode,
        String phone,
        String email) {

    /** A provider with a name and contact only. */
    public Party(String name, String contact) {
        this(name, contact, null, null, null, null, null, null);
    }
}
