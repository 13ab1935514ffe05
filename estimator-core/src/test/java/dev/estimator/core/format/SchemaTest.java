package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.estimator.core.Estimates;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema agrees with the reader: every file the tool accepts (and every file it
 * writes) passes the schema, and a typo the tool rejects fails it too.
 */
class SchemaTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EstimateFiles.schema());

    static Stream<Path> estimateFiles() {
        return Stream.concat(Estimates.samples().stream(), Estimates.templates().stream());
    }

    /** The file as the schema sees it: its JSON form, written by the tool from what it read. */
    private static JsonNode asJson(Path file) throws Exception {
        return new ObjectMapper().readTree(EstimateFiles.toJson(EstimateFiles.load(file).orThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void everySampleAndTemplatePassesTheSchema(Path file) throws Exception {
        Set<ValidationMessage> errors = SCHEMA.validate(asJson(file));
        assertEquals(Set.of(), errors);
    }

    @Test
    void theFormatExampleIsValidAndPassesTheSchema() throws Exception {
        Path example = Estimates.repositoryRoot().resolve("docs/format-example.yaml");
        assertEquals(List.of(), EstimateFiles.load(example).problems());
        assertEquals(Set.of(), SCHEMA.validate(asJson(example)));
    }

    @Test
    void aMisspelledFieldFailsTheSchemaAsItFailsTheReader() throws Exception {
        ObjectNode json = (ObjectNode) asJson(Estimates.samples().getFirst());
        ((ObjectNode) json.get("header")).put("titel", "typo");
        assertFalse(SCHEMA.validate(json).isEmpty());
        ObjectNode wrongEnum = (ObjectNode) asJson(Estimates.samples().getFirst());
        ((ObjectNode) wrongEnum.get("breakdown").get(0).get("items").get(0)).put("category", "magic");
        assertFalse(SCHEMA.validate(wrongEnum).isEmpty());
    }
}
