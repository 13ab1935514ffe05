package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every validation rule, with the exact line a user sees: each case edits one place of a valid
 * file ({@code base.yaml}) and expects one problem, with its line:column and field path.
 */
class ValidationRulesTest {

    private static final String BASE = resource("/validation/base.yaml");

    private static String resource(String name) {
        try (InputStream in = ValidationRulesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(String yaml) {
        LoadResult result = EstimateFiles.parse(yaml, "e.yaml", false);
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static String edit(String from, String to) {
        assertTrue(BASE.contains(from), "base.yaml has no " + from);
        return BASE.replace(from, to);
    }

    @Test
    void theBaseFileIsValid() {
        assertEquals(List.of(), problems(BASE));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            pessimistic: 8} | pessimistic: 4} | e.yaml:29:63: breakdown.build.items[0].quantity.pessimistic: the pessimistic quantity (4) is below the most likely one (5)
            {optimistic: 3, | {optimistic: 6, | e.yaml:29:32: breakdown.build.items[0].quantity.optimistic: the optimistic quantity (6) is above the most likely one (5)
            quantity: 1 | quantity: -2 | e.yaml:40:19: breakdown.build.items[1].quantity: a quantity cannot be negative (-2)
            quantity: 1 | quantity: 5000000 | e.yaml:40:19: breakdown.build.items[1].quantity: a quantity of 5000000 is not plausible; check the unit
            unitPrice: 300 | unitPrice: -300 | e.yaml:42:20: breakdown.build.items[1].unitPrice: a unit price cannot be negative
            rate: 800 | rate: 5000000000000 | e.yaml:19:13: rateCard.roles[0].rate: a rate of 5000000000000 is not plausible
            currency: EUR | currency: EUX | e.yaml:8:13: header.currency: 'EUX' is not an ISO 4217 currency code (for example EUR, USD, JPY)
            currency: EUR | currency: XXX | e.yaml:8:13: header.currency: 'XXX' is an ISO 4217 code but not a currency to quote prices in
            language: en | language: fr | e.yaml:9:13: header.language: documents can be written in en (English), it (Italian) or ja (Japanese), not 'fr'
            validUntil: 2026-12-20 | validUntil: 2026-11-01 | e.yaml:11:15: header.validUntil: the estimate would expire (2026-11-01) before it is issued (2026-11-20)
            issueDate: 2026-11-20 | issueDate: 20/11/2026 | e.yaml:10:14: header.issueDate: expected a date written as YYYY-MM-DD, found '20/11/2026'
            issueDate: 2026-11-20 | issueDate: 2026-02-30 | e.yaml:10:14: header.issueDate: '2026-02-30' is not a date in the calendar
            estimateClass: 3 | estimateClass: 7 | e.yaml:14:18: header.estimateClass: the estimate class is 1 to 5
            number: 1 | number: 2 | e.yaml:13:5: header.revision.note: revision 2 needs a note saying what changed since the previous revision, and why
            kind: external | kind: partner | e.yaml:5:11: header.client.kind: 'partner' is not one of: internal, external, third-party
            role: dev | role: designer | e.yaml:31:15: breakdown.build.items[0].role: there is no role 'designer' on the rate card (known: dev)
            unit: days | unit: pieces | e.yaml:30:15: breakdown.build.items[0].unit: an item priced from a role's rate is counted in hours or days, not pieces
            assumptions: [A1] | assumptions: [A9] | e.yaml:35:25: breakdown.build.items[0].justification.assumptions[0]: there is no assumption 'A9' (known: A1)
            risks: [R1] | risks: [R7] | e.yaml:36:19: breakdown.build.items[0].justification.risks[0]: there is no risk 'R7' (known: R1)
            - id: B2 | - id: B1 | e.yaml:37:13: breakdown.build.items[1].id: the id 'B1' is already used elsewhere in the estimate; ids must be unique;; e.yaml:79:9: alternatives[0].changes[0]: cannot drop item 'B2': there is no such item (known: B1)
            - id: A1 | - id: B1 | e.yaml:35:25: breakdown.build.items[0].justification.assumptions[0]: there is no assumption 'A1' (known: B1);; e.yaml:47:9: assumptions[0].id: the id 'B1' is already used elsewhere in the estimate; ids must be unique
            percent: 60} | percent: 50} | e.yaml:70:3: milestones: the payment milestones add up to 90 %, not 100 %
            walkAwayPrice: 4500 | walkAwayPrice: 5500 | e.yaml:82:18: internal.walkAwayPrice: the walk-away price (5500) is above the target price (5000); the walk-away price is the lowest you would accept
            {action: drop, item: B2} | {action: drop, item: B9} | e.yaml:79:9: alternatives[0].changes[0]: cannot drop item 'B9': there is no such item (known: B1, B2)
            {action: drop, item: B2} | {action: explode, item: B2} | e.yaml:79:18: alternatives[0].changes[0].action: 'explode' is not one of: drop, add, quantity, rate, unit-price, swap
            probability: 20 | probability: 120 | e.yaml:55:18: risks[0].probability: a probability is between 0 and 100 %
            impact: {low: 800, high: 2400} | impact: {low: 2400, high: 800} | e.yaml:56:19: risks[0].impact.low: the low end of the impact (2400) is above the high end (800)
            reason: Second project. | reason: "" | e.yaml:64:13: adjustments[0].reason: every discount or surcharge needs a stated reason
            reasoning: List price. | reasonning: List price. | e.yaml:44:11: breakdown.build.items[1].justification.reasoning: explain the figure in plain words (reasoning);; e.yaml:45:23: breakdown.build.items[1].justification.reasonning: unknown field 'reasonning'; did you mean 'reasoning'?
            title: Backend | title: [Backend] | e.yaml:27:16: breakdown.build.items[0].title: expected text, found a list
            rate: 800 | rate: lots | e.yaml:19:13: rateCard.roles[0].rate: expected a number, found 'lots'
            """)
    void eachRuleReportsOneProblemWithLineColumnAndPath(String from, String to, String expected) {
        assertEquals(List.of(expected.split(";; ")), problems(edit(from, to)));
    }

    @Test
    void yamlAliasesAndUnknownTagsAreRefusedNotSilentlyMisread() {
        assertEquals(List.of("e.yaml:7:11: header.provider.name: YAML aliases (*client) are not supported; write the value out in full"),
                problems(edit("    name: Client Ltd\n", "    name: &client Client Ltd\n")
                        .replace("    name: Provider Ltd\n", "    name: *client\n")));
        assertEquals(List.of("e.yaml:2:10: header.title: the YAML tag !custom is not supported; remove it"),
                problems(edit("  title: Test estimate\n", "  title: !custom Test estimate\n")));
        assertEquals(List.of(), problems(edit("  title: Test estimate\n", "  title: !!str Test estimate\n")));
    }

    @Test
    void aFixedDiscountLargerThanThePriceIsReportedForTheBaselineAndForAlternatives() {
        // Subtotal 5.17 days × 800 + 300 = 4436.00; +5 % contingency = 4657.80; −5000.00 = −342.20.
        // The alternative drops the licence: 4136.00; +5 % = 4342.80; −5000.00 = −657.20.
        assertEquals(List.of("e.yaml:62:3: adjustments: the discounts exceed the price: the net price would be -342.20 EUR",
                "e.yaml:73:5: alternatives[0]: with this alternative the discounts exceed the price: its net price "
                        + "would be -657.20 EUR"), problems(edit("    percent: 5\ntax:", "    amount: 5000\ntax:")));
        // A discount of 4500.00 leaves the baseline at 157.80, but the alternative at −157.20, and the
        // optimistic scenario (3 days: 2700.00, +5 % = 2835.00, −4500.00 = −1665.00, +22 %) at −2031.30.
        assertEquals(List.of("e.yaml:62:3: adjustments: the discounts exceed the optimistic price: its total would be -2031.30 EUR",
                "e.yaml:73:5: alternatives[0]: with this alternative the discounts exceed the price: "
                + "its net price would be -157.20 EUR"), problems(edit("    percent: 5\ntax:", "    amount: 4500\ntax:")));
    }

    @Test
    void anAlternativeWhosePriceWithoutItsOptionalItemsGoesNegativeIsReported() {
        // The baseline: 5 days × 800 + 300 = 4300.00; +5 % = 4515.00; −2800.00 = 1715.00 (optimistic
        // 3 days: 2700.00 + 5 % = 2835.00, −2800.00 = 35.00). The alternative drops the backend and adds
        // an optional 3000.00 licence: 3300.00 + 5 % = 3465.00, −2800.00 = 665.00; without the optional
        // licence 300.00 + 5 % = 315.00, −2800.00 = −2485.00, +22 % VAT (−546.70) = −3031.70.
        String yaml = edit("      - {action: drop, item: B2}", "      - {action: drop, item: B1}\n      - action: add\n"
                + "        group: build\n        newItem: {id: W1, title: Extra licence, category: licence, quantity: 1, "
                + "unit: licences, unitPrice: 3000, optional: true, justification: {basis: vendor-quote, reasoning: R.}}")
                .replace("    percent: 5\ntax:", "    amount: 2800\ntax:");
        assertEquals(List.of("e.yaml:73:5: alternatives[0]: with this alternative the discounts exceed the price "
                + "without the optional items: the client dropping them would get a total of -3031.70 EUR"), problems(yaml));
    }

    @Test
    void anItemAnAlternativeAddsMeetsTheSameRulesAsABaselineItem() {
        String yaml = edit("      - {action: drop, item: B2}", "      - action: add\n        group: build\n        newItem: "
                + "{id: W1, title: Weeks, category: labour, quantity: {optimistic: 9, mostLikely: 2, pessimistic: 3}, "
                + "unit: weeks, role: dev, justification: {basis: expert-judgment, reasoning: R.}}");
        assertEquals(List.of(
                "e.yaml:81:82: alternatives[0].changes[0].newItem.quantity.optimistic: the optimistic quantity (9) is above the most likely one (2)",
                "e.yaml:81:123: alternatives[0].changes[0].newItem.unit: an item priced from a role's rate is counted in hours or days, not weeks"),
                problems(yaml));
    }

    @Test
    void idsAreShortAndTextsAreBounded() {
        String longId = "r".repeat(65);
        assertEquals(List.of("e.yaml:17:11: rateCard.roles[0].id: an id is a short code of at most 64 characters; this one has 65",
                "e.yaml:31:15: breakdown.build.items[0].role: there is no role 'dev' on the rate card (known: " + longId + ")"),
                problems(edit("    - id: dev\n", "    - id: " + longId + "\n")));
        String essay = "word ".repeat(5000);
        assertEquals(List.of("e.yaml:45:22: breakdown.build.items[1].justification.reasoning: a text of 25000 characters is "
                + "too long; keep it under 20000 (a spreadsheet cell holds at most 32,767)"),
                problems(edit("reasoning: List price.", "reasoning: " + essay.strip() + "x")));
    }

    @Test
    void aDiscountThatExceedsThePriceWithoutTheOptionalItemsIsReported() {
        // Licence B2 (300.00) made optional: without it 4136.00, +5 % = 4342.80, −4400.00 = −57.20, +22 % VAT = −69.78.
        String yaml = edit("        unitPrice: 300\n", "        unitPrice: 300\n        optional: true\n")
                .replace("    percent: 5\ntax:", "    amount: 4400\ntax:")
                .replace("      - {action: drop, item: B2}", "      - {action: quantity, item: B2, quantity: 2}");
        assertEquals(List.of("e.yaml:63:3: adjustments: the discounts exceed the price without the optional items: the client "
                + "dropping them would get a total of -69.78 EUR"), problems(yaml));
    }

    @Test
    void aKeyWithNothingAfterItIsAbsent() {
        assertEquals(List.of(), problems(edit("risks:\n", "exclusions:\nterms:\nrisks:\n")));
    }

    @Test
    void aYamlBooleanWordWhereTextIsExpectedKeepsItsSpelling() {
        var estimate = EstimateFiles.parse(edit("  title: Test estimate\n", "  title: Yes\n")
                .replace("    name: Client Ltd\n", "    name: NO\n"), "e.yaml", false).orThrow();
        assertEquals("Yes", estimate.header().title());
        assertEquals("NO", estimate.header().client().name());
    }

    @Test
    void anUnknownOrMalformedLocaleIsReported() {
        assertEquals(List.of("e.yaml:10:11: header.locale: 'zz-ZZ' is not a locale this machine knows; use a tag such "
                + "as en-GB, it-IT or ja-JP"), problems(edit("  language: en\n", "  language: en\n  locale: zz-ZZ\n")));
        assertEquals(List.of("e.yaml:10:11: header.locale: 'en GB!' is not a locale tag; use a tag such as en-GB, "
                + "it-IT or ja-JP"), problems(edit("  language: en\n", "  language: en\n  locale: en GB!\n")));
        assertEquals(List.of(), problems(edit("  language: en\n", "  language: en\n  locale: en-IE\n")));
    }

    @Test
    void contingencyFormsAreChecked() {
        List<String> problems = problems(edit("  percent: 5\n  explanation", "  amount: 100\n  explanation"));
        assertEquals(List.of(
                "e.yaml:58:3: contingency.percent: a percent contingency needs its percent, e.g. percent: 8",
                "e.yaml:59:11: contingency.amount: a percent contingency has no amount; remove it or use method: amount"),
                problems);
        assertEquals(List.of("e.yaml:58:11: contingency.method: a risk-based contingency is computed from the risks; "
                + "remove percent and amount"), problems(edit("method: percent", "method: risk-based")));
    }

    @Test
    void simulationFormsAreChecked() {
        assertEquals(List.of(), problems(edit("  percent: 5\n  explanation", "  confidence: 80\n  explanation")
                .replace("method: percent", "method: simulation")));
        assertEquals(List.of("e.yaml:58:3: contingency.confidence: a simulation contingency needs its confidence, "
                + "from 1 to 99 %, e.g. confidence: 80",
                "e.yaml:58:11: contingency.method: a simulation contingency is computed from the simulated outcomes; "
                + "remove percent and amount"), problems(edit("method: percent", "method: simulation")));
        assertEquals(List.of("e.yaml:59:15: contingency.confidence: a confidence is from 1 to 99 %"),
                problems(edit("  percent: 5\n  explanation", "  confidence: 100\n  explanation")
                        .replace("method: percent", "method: simulation")));
        assertEquals(List.of("e.yaml:61:15: contingency.confidence: a confidence is used only with method: simulation; "
                + "remove it or change the method"), problems(edit("  explanation: Covers R1.\n",
                "  explanation: Covers R1.\n  confidence: 80\n")));
        assertEquals(List.of("e.yaml:57:17: risks[0].coveredBy[0]: there is no line item 'B7' (known: B1, B2)"),
                problems(edit("    impact: {low: 800, high: 2400}\n", "    impact: {low: 800, high: 2400}\n    coveredBy: [B7]\n")));
        assertEquals(List.of(), problems(BASE + "simulation: {trials: 5000, seed: 7, correlations: "
                + "[{items: [B1, B2], coefficient: 0.5, reason: Same team.}]}\n"));
        assertEquals(List.of(
                "e.yaml:83:22: simulation.trials: simulate at least 1000 trials; fewer give unstable percentiles",
                "e.yaml:83:72: simulation.correlations[0].coefficient: a correlation coefficient is between 0 and 1",
                "e.yaml:83:86: simulation.correlations[1].items: a correlation group needs at least two line items to move together",
                "e.yaml:83:87: simulation.correlations[1].items[0]: 'B1' is already in correlation group 0; an item belongs to one group at most"),
                problems(BASE + "simulation: {trials: 50, correlations: [{items: [B1, B2], coefficient: 1.5}, "
                        + "{items: [B1], coefficient: 0.2}]}\n"));
    }

    @Test
    void historyFormsAreChecked() {
        assertEquals(List.of(), problems(BASE + "history: {applyToSimulation: true, projects: "
                + "[{id: P1, name: Shop, year: 2025, estimated: 1000, actual: 1100}]}\n"));
        assertEquals(List.of("e.yaml:83:30: history.applyToSimulation: there are no past projects to apply; list them under projects"),
                problems(BASE + "history: {applyToSimulation: true}\n"));
        assertEquals(List.of("e.yaml:83:51: history.projects[0].estimated: an estimated total is above zero",
                "e.yaml:83:72: history.projects[1].id: the past project 'P1' is listed twice; list each once"),
                problems(BASE + "history: {projects: [{id: P1, name: A, estimated: 0, actual: 10}, "
                        + "{id: P1, name: B, estimated: 10, actual: 10}]}\n"));
    }

    @Test
    void missingRequiredFieldsAreReportedInPlainWordsAtTheirMapping() {
        List<String> problems = problems(edit("        title: Licence\n", "")
                .replace("          reasoning: List price.\n", ""));
        assertEquals(List.of(
                "e.yaml:37:9: breakdown.build.items[1].title: every line item needs a title",
                "e.yaml:43:11: breakdown.build.items[1].justification.reasoning: explain the figure in plain words (reasoning)"),
                problems);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String yaml = edit("pessimistic: 8}", "pessimistic: 4}")
                .replace("currency: EUR", "currency: EUX")
                .replace("walkAwayPrice: 4500", "walkAwayPrice: 5500")
                .replace("percent: 60}", "percent: 50}");
        assertEquals(4, problems(yaml).size(), String.join("\n", problems(yaml)));
    }

    @Test
    void alternativesThatBuildOnEachOtherInACircleAreReported() {
        String yaml = BASE.replace("    givesUp: Licence.\n", "    givesUp: Licence.\n    basedOn: ALT2\n")
                + """
                  - id: ALT2
                    name: Other
                    rationale: R.
                    gains: G.
                    givesUp: U.
                    basedOn: ALT1
                """.indent(0).replace("\n  ", "\n  ").replaceFirst("^  ", "  ");
        String full = yaml.replace("internal:\n  targetPrice: 5000\n  walkAwayPrice: 4500\n", "")
                + "internal:\n  targetPrice: 5000\n";
        List<String> problems = problems(full);
        assertTrue(problems.stream().anyMatch(p -> p.contains("alternatives[0].basedOn: the alternatives build on each "
                + "other in a circle: ALT1 → ALT2 → ALT1")), String.join("\n", problems));
    }

    @Test
    void aChangeAfterTheItemWasDroppedIsReported() {
        List<String> problems = problems(edit("      - {action: drop, item: B2}",
                "      - {action: drop, item: B2}\n      - {action: unit-price, item: B2, unitPrice: 200}"));
        assertEquals(List.of("e.yaml:80:9: alternatives[0].changes[1]: cannot change the price of item 'B2': "
                + "an earlier change already removed it"), problems);
    }

    @Test
    void aKeyGivenTwiceIsReported() {
        List<String> problems = problems(edit("  title: Test estimate\n", "  title: Test estimate\n  title: Again\n"));
        assertEquals(List.of("e.yaml:3:3: header.title: 'title' is given twice here; only one value can count"), problems);
    }

    @Test
    void anEstimateBuiltInCodeIsValidatedWithPathsButNoPosition() {
        var estimate = EstimateFiles.parse(BASE, "e.yaml", false).orThrow();
        var broken = estimate.withHeader(estimate.header().withRevision(new dev.estimator.core.model.Revision(3, null)));
        assertEquals(List.of("header.revision.note: revision 3 needs a note saying what changed since the previous "
                + "revision, and why"), EstimateValidator.validate(broken).stream().map(Problem::toString).toList());
        assertEquals(List.of(), EstimateValidator.validate(estimate));
    }
}
