package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.estimator.core.validation.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (issue 14, written by {@code scripts/hostile-corpus}): every file is refused
 * or accepted as {@code expected.tsv} says, fast, with a message naming the field path (and a line
 * and column when the problem sits in the document); and the JSON Schema agrees with the tool on
 * every file whose problem is one of shape.
 */
class HostileCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EstimateFiles.schema());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One line of expected.tsv. */
    record Entry(String file, boolean refused, String path, String schema) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Entry> entries() {
        try {
            return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Entry(f[0], "refused".equals(f[1]), f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHasAtLeastOneHundredAndFiftyHostileFiles() {
        assertTrue(entries().stream().filter(Entry::refused).count() >= 150);
        try (Stream<Path> files = Files.list(CORPUS)) {
            Set<String> listed = entries().stream().map(Entry::file).collect(Collectors.toSet());
            List<String> unlisted = files.map(f -> f.getFileName().toString())
                    .filter(f -> !f.equals("expected.tsv") && !listed.contains(f)).toList();
            assertEquals(List.of(), unlisted, "every file has an expected outcome");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theToolRefusesOrAcceptsAsExpected(Entry entry) {
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> EstimateFiles.load(CORPUS.resolve(entry.file())));
        if (!entry.refused()) {
            assertEquals(List.of(), result.problems());
            return;
        }
        assertFalse(result.problems().isEmpty(), "refused");
        String shown = result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        for (Problem problem : result.problems()) {
            assertTrue(problem.toString().startsWith(CORPUS.resolve(entry.file()) + ":"), () -> "names the file: " + shown);
            assertFalse(problem.message().contains("Exception") || problem.message().contains("jackson")
                    || problem.message().contains("REDACTED") || problem.message().contains("Feature"),
                    () -> "no library internals: " + shown);
        }
        if (entry.path().equals("-")) {
            return;
        }
        assertTrue(result.problems().stream().anyMatch(p -> p.path().equals(entry.path()) && p.line() > 0),
                () -> "a problem at " + entry.path() + " with its line and column; got:\n" + shown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theSchemaAgreesWithTheTool(Entry entry) throws IOException {
        if (entry.schema().equals("file") || entry.schema().equals("rule")) {
            return;   // not a document the schema can read, or a rule a schema cannot state
        }
        Path file = CORPUS.resolve(entry.file());
        JsonNode tree = (entry.file().endsWith(".json") ? JSON : YAML).readTree(EstimateFilesAccess.text(file));
        Set<ValidationMessage> errors = SCHEMA.validate(tree);
        if (entry.schema().equals("valid")) {
            assertEquals(Set.of(), errors, "the schema accepts what the tool accepts");
        } else {
            assertFalse(errors.isEmpty(), "the schema refuses what the tool refuses for its shape");
        }
    }

    /** The file's text as the tool reads it (BOMs and UTF-16 handled). */
    static final class EstimateFilesAccess {
        static String text(Path file) {
            try {
                return SourceText.read(file, EstimateFiles.MAX_BYTES);
            } catch (SourceText.Unreadable e) {
                throw new IllegalStateException(e.getMessage());
            }
        }
    }
}
