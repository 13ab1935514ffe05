package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.AdjustmentScope;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.core.validation.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurring items and adjustment scopes in the file format: read, written back, checked, totalled. */
class RecurrenceFormatTest {

    private static final Path FILE = Path.of("src/test/resources/commercial/recurring.yaml");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EstimateFiles.schema());

    private static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRecurringFileReadsWritesBackAndTotalsAsWorkedByHand() throws Exception {
        Estimate estimate = EstimateFiles.load(FILE).orThrow();
        assertEquals(RecurrencePeriod.QUARTER, estimate.item("S").orElseThrow().recurrence().every());
        assertEquals(AdjustmentScope.BOTH, estimate.adjustments().getFirst().appliesTo());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toYaml(estimate), "w.yaml", false).orThrow());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toJson(estimate), "w.json", true).orThrow());
        assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(EstimateFiles.toJson(estimate))));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(new BigDecimal("1274.90"), totals.grandTotal());
        assertEquals(new BigDecimal("11729.24"), totals.totalCostOfOwnership());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            {every: quarter, term: 18} | {every: quarter, term: 10} | e.yaml:21:45: breakdown.g.items[3].recurrence.term: a term of 10 months is not a whole number of quarters (3 months each)
            {every: month, term: 36} | {every: week, term: 36} | e.yaml:17:30: breakdown.g.items[1].recurrence.every: 'week' is not one of: month, quarter, year
            {every: month, term: 36} | {every: month} | e.yaml:17:22: breakdown.g.items[1].recurrence.term: give the term in months, e.g. term: 36
            percent: 5, appliesTo: both | amount: 5, appliesTo: recurring | e.yaml:24:59: adjustments[0].amount: an adjustment of the recurring charges is a percent: an amount cannot be spread over the charges
            appliesTo: both | appliesTo: everything | e.yaml:24:74: adjustments[0].appliesTo: 'everything' is not one of: one-time, recurring, both
            """)
    void recurrenceProblemsAreReportedWhereTheyAre(String from, String to, String expected) {
        assertEquals(List.of(expected), EstimateFiles.parse(text().replace(from, to), "e.yaml", false).problems()
                .stream().map(Problem::toString).toList());
    }

    @Test
    void aRecurringAdjustmentNeedsSomethingThatRecurs() {
        String yaml = text().replace(",\n         recurrence: {every: month, term: 36}", "")
                .replace(",\n         recurrence: {every: year, term: 36}", "")
                .replace(",\n         recurrence: {every: quarter, term: 18}", "");
        assertEquals(List.of("e.yaml:21:74: adjustments[0].appliesTo: no line item recurs, so there are no recurring"
                        + " charges to apply it to"),
                EstimateFiles.parse(yaml, "e.yaml", false).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theSchemaRefusesARecurrenceWithoutATerm() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(EstimateFiles.toJson(EstimateFiles.load(FILE).orThrow()));
        ((ObjectNode) json.get("breakdown").get(0).get("items").get(1).get("recurrence")).remove("term");
        assertFalse(SCHEMA.validate(json).isEmpty());
    }

    @Test
    void anAlternativesRecurringItemIsCheckedToo() {
        String yaml = text() + """
                alternatives:
                  - id: rent
                    name: Rent
                    rationale: No purchase.
                    gains: Nothing up front.
                    givesUp: More over the term.
                    changes:
                      - action: swap
                        item: A
                        newItem: {id: A2, title: Rented server, category: hardware, quantity: 10, unit: pieces,
                                  unitPrice: 4, recurrence: {every: quarter, term: 10},
                                  justification: {basis: vendor-quote, reasoning: Rental list price.}}
                """;
        assertEquals(List.of("e.yaml:38:68: alternatives[0].changes[0].newItem.recurrence.term: a term of 10 months"
                        + " is not a whole number of quarters (3 months each)"),
                EstimateFiles.parse(yaml, "e.yaml", false).problems().stream().map(Problem::toString).toList());
    }
}
