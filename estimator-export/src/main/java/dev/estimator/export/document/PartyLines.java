package dev.estimator.export.document;

import dev.estimator.core.model.Client;
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

    /** The addressee as the band under the title names it, e.g. "Prepared for X", "Spett.le X", 「X 御中」. */
    static String preparedFor(Phrasing p, Client client) {
        return p.text(isPerson(p, client.name()) ? "cover.addressPerson" : "cover.addressOrganisation", client.name());
    }

    /** The addressee's lines: the salutation with the name, then the contact. */
    static List<String> addressee(Phrasing p, Client client) {
        List<String> lines = new ArrayList<>();
        lines.add(preparedFor(p, client));
        if (present(client.contact())) {
            lines.add(p.text("cover.attention", client.contact()));
        }
        return lines;
    }

    /** The sender's lines: the name, then how to reach them. */
    static List<String> sender(Phrasing p, Party provider) {
        List<String> lines = new ArrayList<>();
        lines.add(provider.name());
        if (present(provider.contact())) {
            lines.add(provider.contact());
        }
        return lines;
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

    /** The header's reference, or {@code null}. */
    static String reference(Header header) {
        return null;
    }
}
