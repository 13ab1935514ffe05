package dev.estimator.core.validation;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.CustomUnit;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Party;
import dev.estimator.core.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parties' identification (tax ids, registration numbers, contact details), the estimate's
 * reference, the client-kind fields and the units items name themselves. An absent value is
 * always allowed; a present one must be well formed.
 */
final class PartyChecks {

    /** The reference is printed in every page header, so it stays short. */
    static final int MAX_REFERENCE_LENGTH = 64;
    static final int MAX_UNIT_NAME_LENGTH = 40;

    private final List<Finding> findings = new ArrayList<>();
    private final String language;

    private PartyChecks(String language) {
        this.language = language == null ? "" : language.trim();
    }

    static List<Finding> check(Estimate estimate) {
        Header header = estimate.header();
        PartyChecks checks = new PartyChecks(header == null ? null : header.language());
        if (header != null) {
            checks.reference(header.reference());
            checks.provider(header.provider());
            checks.client(header.client());
        }
        for (int i = 0; i < estimate.breakdown().size(); i++) {
            checks.group(estimate.breakdown().get(i), "/breakdown/" + i);
        }
        for (int i = 0; i < estimate.alternatives().size(); i++) {
            Alternative alternative = estimate.alternatives().get(i);
            for (int j = 0; j < alternative.changes().size(); j++) {
                LineItem item = switch (alternative.changes().get(j)) {
                    case Change.Add add -> add.newItem();
                    case Change.Swap swap -> swap.newItem();
                    default -> null;
                };
                if (item != null) {
                    checks.unit(item, "/alternatives/" + i + "/changes/" + j + "/newItem");
                }
            }
        }
        return checks.findings;
    }

    private void reference(String reference) {
        if (reference == null) {
            return;
        }
        if (reference.isBlank()) {
            report("/header/reference", "the reference is empty: give the estimate number, or leave the field out");
        } else if (reference.length() > MAX_REFERENCE_LENGTH || reference.contains("\n")) {
            report("/header/reference", "the reference is printed in every page header: keep it to one line of at most "
                    + MAX_REFERENCE_LENGTH + " characters, e.g. NW-2026-0142");
        }
    }

    private void provider(Party provider) {
        if (provider == null) {
            return;
        }
        String at = "/header/provider";
        if (provider.taxId() != null) {
            report(at + "/taxId", taxIdProblem(provider.taxId()));
        }
        if (provider.registration() != null) {
            boolean japanese = language.equals("ja")
                    || TaxIdentifiers.looksLikeJapaneseRegistration(provider.registration());
            if (japanese) {
                report(at + "/registration", TaxIdentifiers.japaneseRegistrationProblem(provider.registration()));
            }
        }
        if (provider.fiscalCode() != null) {
            report(at + "/fiscalCode", TaxIdentifiers.italianFiscalCodeProblem(provider.fiscalCode()));
        }
        if (provider.email() != null && !provider.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+")) {
            report(at + "/email", "'" + provider.email() + "' is not an e-mail address, such as quotes@example.com");
        }
        if (provider.phone() != null && !phone(provider.phone())) {
            report(at + "/phone", "'" + provider.phone() + "' is not a telephone number: digits, with + ( ) - . "
                    + "and spaces if you like, e.g. +39 011 123 4567");
        }
    }

    /**
     * A VAT id with a known prefix is checked by its country's form; a bare number by the
     * document's country (an Italian P.IVA, a Japanese 登録番号); any other is left as written.
     */
    private String taxIdProblem(String taxId) {
        if (TaxIdentifiers.hasKnownVatPrefix(taxId)) {
            return TaxIdentifiers.vatIdProblem(taxId);
        }
        if (TaxIdentifiers.looksLikeJapaneseRegistration(taxId)) {
            return TaxIdentifiers.japaneseRegistrationProblem(taxId);
        }
        if (language.equals("it") && TaxIdentifiers.compact(taxId).matches("\\d+")) {
            return TaxIdentifiers.italianVatProblem(taxId);
        }
        return null;
    }

    private static boolean phone(String phone) {
        String trimmed = phone.trim();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return trimmed.matches("\\+?[0-9 ()./\\-]+") && digits >= 5 && digits <= 20;
    }

    private void client(Client client) {
        if (client == null || client.kind() == null) {
            return;
        }
        if (client.costCentre() != null && client.kind() != ClientKind.INTERNAL) {
            report("/header/client/costCentre", "a cost centre belongs to an internal client; this client is "
                    + client.kind().fileName() + " (set kind: internal, or remove costCentre)");
        }
        if (client.onBehalfOf() != null && client.kind() != ClientKind.THIRD_PARTY) {
            report("/header/client/onBehalfOf", "onBehalfOf names the end beneficiary of a third-party client; this "
                    + "client is " + client.kind().fileName() + " (set kind: third-party, or remove onBehalfOf)");
        }
    }

    private void group(Group group, String at) {
        for (int i = 0; i < group.items().size(); i++) {
            LineItem item = group.items().get(i);
            // Only a custom unit (or a missing one) has something to check: most items' pointers are never spelled out.
            if (item.customUnit() != null || item.unit() == Unit.CUSTOM) {
                unit(item, at + "/items/" + i);
            }
        }
        for (int i = 0; i < group.groups().size(); i++) {
            group(group.groups().get(i), at + "/groups/" + i);
        }
    }

    private void unit(LineItem item, String at) {
        CustomUnit custom = item.customUnit();
        if (custom == null) {
            if (item.unit() == Unit.CUSTOM) {
                report(at + "/unit", "name the item's own unit, e.g. {name: verifica, plural: verifiche, gender: feminine}");
            }
            return;
        }
        report(at + "/unit/name", unitWordProblem(custom.name(), "name"));
        if (custom.plural() != null) {
            report(at + "/unit/plural", unitWordProblem(custom.plural(), "plural"));
        }
        if (custom.gender() == null && language.equals("it")) {
            report(at + "/unit/gender", "Italian words agree with the unit: give its gender, masculine or feminine "
                    + "(e.g. gender: feminine for verifica)");
        }
    }

    private static String unitWordProblem(String word, String what) {
        if (word == null) {
            return null; // missing: the field rules say so
        }
        String trimmed = word.trim();
        if (trimmed.length() > MAX_UNIT_NAME_LENGTH) {
            return "a unit's " + what + " is a word or two printed after every quantity; keep it under "
                    + MAX_UNIT_NAME_LENGTH + " characters";
        }
        if (!trimmed.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.'
                || c == '\u2019') || trimmed.codePoints().noneMatch(Character::isLetter)) {
            return "a unit's " + what + " is made of letters (spaces, hyphens, apostrophes and dots allowed), not '"
                    + word + "'";
        }
        for (Unit standard : Unit.values()) {
            if (standard != Unit.CUSTOM && standard.fileName().equals(trimmed.toLowerCase(Locale.ROOT))) {
                return "'" + trimmed + "' is a standard unit: write unit: " + standard.fileName();
            }
        }
        return null;
    }

    private void report(String pointer, String message) {
        if (message != null) {
            findings.add(new Finding(pointer, message));
        }
    }
}
