package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.Estimates;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Owner;
import dev.estimator.core.validation.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Give-get concessions: what a discount is traded for, the negotiation log, and the naked-concession warning. */
class ConcessionsFormatTest {

    static final Path SAMPLE = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");

    @Test
    void tradesAndTheLogReadWriteAndPassTheSchema() throws Exception {
        LoadResult result = EstimateFiles.load(SAMPLE);
        assertEquals(List.of(), result.warnings());
        Estimate estimate = result.orThrow();
        assertTrue(estimate.adjustments().getFirst().inExchangeFor().startsWith("A published case study"));
        var log = estimate.internal().negotiation();
        assertEquals(2, log.size());
        assertEquals(Owner.CLIENT, log.getFirst().by());
        assertEquals("case-study", log.getFirst().adjustment());

        Estimate again = EstimateFiles.parse(EstimateFiles.toYaml(estimate), "again.yaml", false).orThrow();
        assertEquals(estimate, again);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EstimateFiles.schema());
        assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(EstimateFiles.toJson(estimate))));
        assertNull(estimate.redactedFor(Audience.CLIENT).internal(), "the log never reaches the client");
    }

    @Test
    void aNakedDiscountIsAWarningWithItsPositionNotAProblem() throws Exception {
        String text = java.nio.file.Files.readString(SAMPLE)
                .replace("    inExchangeFor: A published case study and two reference calls with prospective clients in 2027.\n", "");
        LoadResult result = EstimateFiles.parse(text, "naked.yaml", false);
        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(1, result.warnings().size());
        Problem warning = result.warnings().getFirst();
        assertEquals("adjustments[0]", warning.path());
        assertTrue(warning.line() > 0 && warning.message().contains("nothing"), warning.toString());

        String unconditional = text.replace("    percent: 5\n", "    percent: 5\n    unconditional: Goodwill after the delayed pilot.\n");
        assertEquals(List.of(), EstimateFiles.parse(unconditional, "goodwill.yaml", false).warnings());
    }

    @Test
    void aLogEntryNamesAnExistingAdjustment() throws Exception {
        String text = java.nio.file.Files.readString(SAMPLE).replace("      adjustment: case-study\n", "      adjustment: nope\n");
        LoadResult result = EstimateFiles.parse(text, "log.yaml", false);
        assertEquals(List.of("internal.negotiation[0].adjustment"), result.problems().stream().map(Problem::path).toList());
    }
}
