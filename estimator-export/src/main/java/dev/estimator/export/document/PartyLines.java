package dev.estimator.export.document;

import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the cover names the two parties, in the document language's manner: the addressee
 * ("Spett.le Caseificio …", 「株式会社さくらマート 御中」 or 「山本 直子 様」) and the sender's block with
 * its identification. The client's kind (internal, external, third party) changes these words,
 * never shows itself: it is the provider's own classification.
 */
final class PartyLines {

    private PartyLines() {
    }

    /** The addressee as a letter names it, e.g. "Prepared for X", "Spett.le X", 「X 御中」. */
    static String preparedFor(Phrasing p, Client client) {
        return p.text(isPerson(p, client.name()) ? "cover.addressPerson" : "cover.addressOrganisation", client.name());
    }

    /**
     * The addressee's lines: the salutation with the name, the department, whom the client acts
     * for (a third party), the contact and the address.
     */
    static List<String> addressee(Phrasing p, Client client) {
        List<String> lines = new ArrayList<>();
        // Japanese puts one honorific on the addressee: 御中 on the company, or 様 on the named person, never both.
        boolean onContact = present(client.contact()) && Boolean.parseBoolean(p.text("cover.honorificOnContact"));
        lines.add(onContact ? client.name() : preparedFor(p, client));
        if (present(client.department())) {
            lines.add(client.department());
        }
        if (client.kind() == ClientKind.THIRD_PARTY && present(client.onBehalfOf())) {
            lines.add(p.text("cover.onBehalfOf", client.onBehalfOf()));
        }
        if (present(client.contact())) {
            String honorific = p.text("cover.addressPerson", "").strip();
            String contact = client.contact().strip();
            // A contact written with its own 様 keeps just that one.
            if (!honorific.isEmpty() && contact.endsWith(honorific)) {
                contact = contact.substring(0, contact.length() - honorific.length()).strip();
            }
            lines.add(p.text("cover.attention", contact));
        }
        addAll(lines, client.address());
        return lines;
    }

    /**
     * The sender's lines: the name, the address, how to reach them, and how they are identified
     * (VAT number, codice fiscale, company number or 登録番号), each under its label in the
     * locale ("VAT No." in the UK and Ireland, "P.IVA" in Italy). An internal charge names the
     * cost centre charged instead: no tax identification applies between departments.
     */
    static List<String> sender(Phrasing p, Party provider, Client client) {
        List<String> lines = new ArrayList<>();
        lines.add(provider.name());
        addAll(lines, provider.address());
        // The person to speak to, then how to reach them.
        boolean reachable = present(provider.phone()) || present(provider.email());
        if (reachable && present(provider.contact())) {
            lines.add(provider.contact());
        }
        List<String> reach = new ArrayList<>();
        if (present(provider.phone())) {
            reach.add(p.text("cover.phone", provider.phone()));
        }
        if (present(provider.email())) {
            reach.add(provider.email());
        }
        if (reach.isEmpty() && present(provider.contact())) {
            reach.add(provider.contact());
        }
        if (!reach.isEmpty()) {
            lines.add(String.join(" \u00b7 ", reach));
        }
        if (client.kind() == ClientKind.INTERNAL) {
            if (present(client.costCentre())) {
                lines.add(p.label("costCentre") + " " + client.costCentre());
            }
            return lines;
        }
        // An Italian company's codice fiscale is usually its P.IVA: then one line says "P.IVA e C.F."
        // with the eleven digits alone (a C.F. has no country prefix).
        boolean sameFiscalCode = present(provider.taxId()) && present(provider.fiscalCode())
                && provider.taxId().replaceAll("[^0-9]", "").equals(provider.fiscalCode().strip());
        if (present(provider.taxId())) {
            lines.add(sameFiscalCode ? p.label("taxIdAndFiscalCode") + " " + provider.fiscalCode().strip()
                    : taxIdLabel(p) + " " + provider.taxId());
        }
        if (present(provider.fiscalCode()) && !sameFiscalCode) {
            lines.add(p.label("fiscalCode") + " " + provider.fiscalCode());
        }
        if (present(provider.registration())) {
            lines.add(registrationLabel(p) + " " + provider.registration());
        }
        return lines;
    }

    /** The VAT number's label in the locale: "VAT No." (en-GB, en-IE), "Tax ID" (en-US), "P.IVA", "登録番号". */
    static String taxIdLabel(Phrasing p) {
        return byCountry(p, "taxId");
    }

    static String registrationLabel(Phrasing p) {
        return byCountry(p, "registration");
    }

    /** {@code label.NAME.COUNTRY} when the language has one for the locale's country, else {@code label.NAME}. */
    private static String byCountry(Phrasing p, String name) {
        String country = p.money().locale().getCountry();
        if (!country.isEmpty() && p.hasLabel(name + "." + country)) {
            return p.label(name + "." + country);
        }
        return p.label(name);
    }

    private static void addAll(List<String> lines, String text) {
        if (present(text)) {
            text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        }
    }

    /** The seal box's caption where the language's documents carry a company seal (社印), else {@code null}. */
    static String seal(Phrasing p) {
        String caption = p.text("cover.seal");
        return caption.isBlank() ? null : caption;
    }

    /**
     * Whether {@code name} is a person's rather than an organisation's: in Japanese a name without
     * a company marker (株式会社, 部, …) takes 様 rather than 御中. Languages that list no markers
     * address everyone the same way.
     */
    static boolean isPerson(Phrasing p, String name) {
        String markers = p.text("cover.organisationMarkers");
        if (markers.isBlank()) {
            return false;
        }
        return Arrays.stream(markers.split(",")).map(String::strip).filter(m -> !m.isEmpty()).noneMatch(name::contains);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The estimate number, or {@code null} when the file gives none. */
    static String reference(Header header) {
        return present(header.reference()) ? header.reference().strip() : null;
    }
}
