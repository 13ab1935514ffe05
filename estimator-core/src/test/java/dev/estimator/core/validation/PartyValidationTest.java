package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.format.EstimateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parties, references, client kinds and custom units as a user meets them: each case edits one
 * place of the valid {@code base.yaml} and expects exactly the located problems (none for a valid
 * value; an absent value is always valid, as the base file shows).
 */
class PartyValidationTest {

    private static final String BASE;

    static {
        try (InputStream in = PartyValidationTest.class.getResourceAsStream("/validation/base.yaml")) {
            BASE = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(String from, String to) {
        assertTrue(BASE.contains(from), "base.yaml has no " + from);
        String yaml = BASE.replace(from, to.replace("\\n", "\n"));
        return EstimateFiles.parse(yaml, "e.yaml", false).problems().stream().map(Problem::toString).toList();
    }

    private static List<String> expected(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(";; "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            name: Provider Ltd | name: Provider Ltd\\n    taxId: IT12345678903 |
            name: Provider Ltd | name: Provider Ltd\\n    taxId: IT12345678904 | e.yaml:8:12: header.provider.taxId: 'IT12345678904' is not a valid partita IVA: its last digit is 4, but the first 10 digits give 3 (a digit is likely mistyped)
            name: Provider Ltd | name: Provider Ltd\\n    taxId: IE6388047V |
            name: Provider Ltd | name: Provider Ltd\\n    taxId: IE63880470 | e.yaml:8:12: header.provider.taxId: 'IE63880470' is not a IE VAT id: after IE it has 7 digits and 1 or 2 letters
            name: Provider Ltd | name: Provider Ltd\\n    taxId: GB123456789 |
            name: Provider Ltd | name: Provider Ltd\\n    taxId: DE12345678 | e.yaml:8:12: header.provider.taxId: 'DE12345678' is not a DE VAT id: after DE it has 9 digits
            name: Provider Ltd | name: Provider Ltd\\n    registration: T7000012050002 |
            name: Provider Ltd | name: Provider Ltd\\n    registration: T7000012050003 | e.yaml:8:19: header.provider.registration: 'T7000012050003' is not a valid registration number (登録番号): its check digit (the digit after T) is 7, but the other 12 digits give 6
            name: Provider Ltd | name: Provider Ltd\\n    registration: '01234567' |
            name: Provider Ltd | name: Provider Ltd\\n    fiscalCode: RSSMRA85T10A562S |
            name: Provider Ltd | name: Provider Ltd\\n    fiscalCode: RSSMRA85T10A562T | e.yaml:8:17: header.provider.fiscalCode: 'RSSMRA85T10A562T' is not a valid codice fiscale: its control letter is T, but the first 15 characters give S
            name: Provider Ltd | name: Provider Ltd\\n    email: quotes@provider.example |
            name: Provider Ltd | name: Provider Ltd\\n    email: quotes.provider.example | e.yaml:8:12: header.provider.email: 'quotes.provider.example' is not an e-mail address, such as quotes@example.com
            name: Provider Ltd | name: Provider Ltd\\n    phone: +44 20 7946 0000 |
            name: Provider Ltd | name: Provider Ltd\\n    phone: call Anna | e.yaml:8:12: header.provider.phone: 'call Anna' is not a telephone number: digits, with + ( ) - . and spaces if you like, e.g. +39 011 123 4567
            title: Test estimate | title: Test estimate\\n  reference: NW-2026-0142 |
            title: Test estimate | title: Test estimate\\n  reference: ' ' | e.yaml:3:14: header.reference: the reference is empty: give the estimate number, or leave the field out
            kind: external | kind: internal\\n    costCentre: CC-4410 |
            kind: external | kind: external\\n    costCentre: CC-4410 | e.yaml:6:17: header.client.costCentre: a cost centre belongs to an internal client; this client is external (set kind: internal, or remove costCentre)
            kind: external | kind: third-party\\n    onBehalfOf: Fondazione Alpina |
            kind: external | kind: internal\\n    onBehalfOf: Fondazione Alpina | e.yaml:6:17: header.client.onBehalfOf: onBehalfOf names the end beneficiary of a third-party client; this client is internal (set kind: third-party, or remove onBehalfOf)
            unit: licences | unit: {name: seat, plural: seats} |
            unit: licences | unit: {name: seat 2, plural: seats} | e.yaml:41:22: breakdown.build.items[1].unit.name: a unit's name is made of letters (spaces, hyphens, apostrophes and dots allowed), not 'seat 2'
            unit: licences | unit: {name: Licences} | e.yaml:41:22: breakdown.build.items[1].unit.name: 'Licences' is a standard unit: write unit: licences
            unit: licences | unit: {plural: seats} | e.yaml:41:15: breakdown.build.items[1].unit.name: name the unit, e.g. {name: verifica, plural: verifiche, gender: feminine}
            unit: licences | unit: verifiche | e.yaml:41:15: breakdown.build.items[1].unit: 'verifiche' is not one of: hours, days, weeks, months, years, pieces, users, licences, trips, lump-sum; to name your own unit, write e.g. {name: verifica, plural: verifiche, gender: feminine}
            unit: licences | unit: custom | e.yaml:41:15: breakdown.build.items[1].unit: to name your own unit, write it as a mapping, e.g. {name: verifica, plural: verifiche, gender: feminine}
            unit: licences | unit: {name: seat, gender: neuter} | e.yaml:41:36: breakdown.build.items[1].unit.gender: 'neuter' is not one of: masculine, feminine
            unit: licences | unit: {name: seat, colour: red} | e.yaml:41:36: breakdown.build.items[1].unit.colour: unknown field 'colour'
            unit: days | unit: {name: sprint, plural: sprints} | e.yaml:30:15: breakdown.build.items[0].unit: an item priced from a role's rate is counted in hours or days, not sprint
            """)
    void eachFieldIsCheckedWhereItIsWritten(String from, String to, String problems) {
        assertEquals(expected(problems), problems(from, to));
    }

    /** The document's language decides which local forms a bare value must take. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | name: Provider Ltd | name: Provider Ltd\\n    registration: '01234567' | e.yaml:8:19: header.provider.registration: '01234567' is not a registration number (登録番号): write T and 13 digits, e.g. T1234567890123
            ja | name: Provider Ltd | name: Provider Ltd\\n    registration: T7000012050002 |
            it | name: Provider Ltd | name: Provider Ltd\\n    taxId: '12345678904' | e.yaml:8:12: header.provider.taxId: '12345678904' is not a valid partita IVA: its last digit is 4, but the first 10 digits give 3 (a digit is likely mistyped)
            en | name: Provider Ltd | name: Provider Ltd\\n    taxId: '12345678904' |
            it | unit: licences | unit: {name: postazione, plural: postazioni} | e.yaml:41:15: breakdown.build.items[1].unit.gender: Italian words agree with the unit: give its gender, masculine or feminine (e.g. gender: feminine for verifica)
            it | unit: licences | unit: {name: postazione, plural: postazioni, gender: feminine} |
            """)
    void theDocumentsLanguageDecidesTheLocalForms(String language, String from, String to, String problems) {
        String yaml = BASE.replace("language: en", "language: " + language).replace(from, to.replace("\\n", "\n"));
        List<String> found = EstimateFiles.parse(yaml, "e.yaml", false).problems().stream()
                .map(Problem::toString).toList();
        assertEquals(expected(problems), found);
    }
}
