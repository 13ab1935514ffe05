package dev.estimator.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample has its previous revision beside it, and the bridge between the two tells the
 * story of the sample's revision note: every step has a reason, and the steps add up.
 */
class SampleRevisionsTest {

    static List<Path> previousRevisions() {
        return Estimates.previousRevisions();
    }

    @Test
    void everySampleHasItsPreviousRevision() {
        assertEquals(Estimates.samples(), previousRevisions().stream().map(Estimates::currentRevisionOf).toList());
        for (Path sample : Estimates.samples()) {
            assertTrue(Files.exists(sample));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("previousRevisions")
    void bridgeToTheCurrentRevisionExplainsEveryStep(Path previousFile) throws Exception {
        Estimate previous = EstimateFiles.load(previousFile).orThrow();
        Estimate current = EstimateFiles.load(Estimates.currentRevisionOf(previousFile)).orThrow();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(EstimateFiles.schema());
        assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(EstimateFiles.toJson(previous))));

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(List.of(), bridge.warnings());
        assertFalse(bridge.steps().isEmpty());
        for (BridgeStep step : bridge.steps()) {
            assertTrue(step.reason().isPresent(), "no reason for " + step.cause());
        }
        assertEquals(current.header().revision().number() - 1, previous.header().revision().number());
    }
}
