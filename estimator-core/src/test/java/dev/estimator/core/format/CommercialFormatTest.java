package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.model.Estimate;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commercial and schedule sections read, write back to an equal estimate, and agree with the schema. */
class CommercialFormatTest {

    private static final Path CAPPED = Path.of("src/test/resources/commercial/capped.yaml");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EstimateFiles.schema());

    private static ObjectNode json() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(EstimateFiles.toJson(EstimateFiles.load(CAPPED).orThrow()));
    }

    @Test
    void everyCommercialAndScheduleFieldReadsBackEqual() {
        Estimate estimate = EstimateFiles.load(CAPPED).orThrow();
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toYaml(estimate), "w.yaml", false).orThrow());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toJson(estimate), "w.json", true).orThrow());
        assertEquals(12, estimate.commercial().getClass().getRecordComponents().length);
        assertEquals("design", estimate.milestones().get(1).closes());
        assertEquals("design", estimate.milestones().getFirst().opens());
    }

    @Test
    void theFullSectionsPassTheSchema() throws Exception {
        assertEquals(Set.of(), SCHEMA.validate(json()));
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        ObjectNode capWithoutCappedModel = json();
        ((ObjectNode) capWithoutCappedModel.get("commercial")).put("pricingModel", "fixed-price");
        assertFalse(SCHEMA.validate(capWithoutCappedModel).isEmpty());

        ObjectNode misspelled = json();
        ((ObjectNode) misspelled.get("commercial")).put("paymentDay", 30);
        assertFalse(SCHEMA.validate(misspelled).isEmpty());

        ObjectNode bothDurations = json();
        ((ObjectNode) bothDurations.get("schedule").get("phases").get(0)).put("teamSize", 2);
        assertFalse(SCHEMA.validate(bothDurations).isEmpty());

        ObjectNode penaltiesWithoutRate = json();
        ((ObjectNode) penaltiesWithoutRate.get("commercial").get("delayPenalties")).remove("percentPerWeek");
        assertFalse(SCHEMA.validate(penaltiesWithoutRate).isEmpty());

        ObjectNode closesAndOpens = json();
        ((ObjectNode) closesAndOpens.get("milestones").get(0)).put("closes", "design");
        assertFalse(SCHEMA.validate(closesAndOpens).isEmpty());
    }

    @Test
    void anUnknownCommercialFieldIsReportedWithItsLineAndADidYouMean() {
        String yaml = text().replace("paymentDays: 30", "paymentDay: 30");
        assertEquals("e.yaml:60:15: commercial.paymentDay: unknown field 'paymentDay'; did you mean 'paymentDays'?",
                EstimateFiles.parse(yaml, "e.yaml", false).problems().getFirst().toString());
    }

    private static String text() {
        try {
            return java.nio.file.Files.readString(CAPPED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void includedIsTheDefaultAndIsNotWrittenOut() throws Exception {
        String yaml = text().replace("  contingencyBilling: on-approval\n", "");
        Estimate estimate = EstimateFiles.parse(yaml, "e.yaml", false).orThrow();
        JsonNode written = EstimateEncoder.encode(estimate);
        assertFalse(written.get("commercial").has("contingencyBilling"));
    }

    @Test
    void theFormatExampleIsValidAndPassesTheSchema() throws Exception {
        Path example = dev.estimator.core.Estimates.repositoryRoot().resolve("docs/format-example.yaml");
        Estimate estimate = EstimateFiles.load(example).orThrow();
        assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(EstimateFiles.toJson(estimate))));
    }
}
