package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.Estimates;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons per change ({@code header.revision.changes}) read, write, pass the schema and are checked. */
class RevisionChangesFormatTest {

    static Estimate estimate(RevisionChange... changes) {
        Estimate estimate = Estimate.builder("Shop", "EUR", "en").client("ACME", ClientKind.EXTERNAL).provider("NW")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3).revision(2, "Stripe instead of the bank.")
                .role("dev", "Developer", "700", null, RatePeriod.DAY)
                .group("build", "Build", LineItem.labour("B1", "Catalogue", Quantity.of(5), Unit.DAYS, "dev",
                        Estimates.because()))
                .tax("VAT", "22").build();
        return estimate.withHeader(estimate.header().withRevision(new Revision(2, "Stripe instead of the bank.",
                List.of(changes))));
    }

    @Test
    void reasonsRoundTripAndPassTheSchema() throws Exception {
        Estimate estimate = estimate(new RevisionChange(List.of("B1", "dev"), null, "More pages."),
                new RevisionChange(null, List.of("B7"), "No longer needed."),
                new RevisionChange(List.of("tax"), null, "The VAT rate rose."));
        assertEquals(List.of(), EstimateValidator.validate(estimate));

        String yaml = EstimateFiles.toYaml(estimate);
        assertTrue(yaml.contains("removed:"), yaml);
        Estimate read = EstimateFiles.parse(yaml, "test.yaml", false).orThrow();
        assertEquals(estimate.header().revision(), read.header().revision());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EstimateFiles.schema());
        assertEquals(java.util.Set.of(), schema.validate(new ObjectMapper().readTree(EstimateFiles.toJson(estimate))));
    }

    @Test
    void unknownIdsAndIdsStillPresentAreProblems() {
        List<Problem> problems = EstimateValidator.validate(estimate(
                new RevisionChange(List.of("B9"), null, "Typo."),
                new RevisionChange(null, List.of("B1"), "Not removed at all."),
                new RevisionChange(null, null, "About nothing.")));
        assertEquals(List.of("header.revision.changes[0].items[0]", "header.revision.changes[1].removed[0]",
                "header.revision.changes[2]"), problems.stream().map(Problem::path).toList(), problems.toString());
    }

    @Test
    void aReasonIsRequired() {
        String yaml = EstimateFiles.toYaml(estimate(new RevisionChange(List.of("B1"), null, "x")))
                .replace("reason: \"x\"", "reason: \"\"").replace("reason: x", "reason: \"\"");
        LoadResult result = EstimateFiles.parse(yaml, "test.yaml", false);
        assertEquals(1, result.problems().size(), result.problems().toString());
    }
}
