package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading files that are not estimates, and writing estimates that read back equal. */
class EstimateFilesTest {

    @TempDir
    Path dir;

    private List<String> problems(Path file) {
        return EstimateFiles.load(file).problems().stream().map(Problem::toString).toList();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void aMissingFileIsOneProblemNamingIt() {
        Path missing = dir.resolve("nope.yaml");
        assertEquals(List.of(missing + ": there is no such file"), problems(missing));
    }

    @Test
    void anEmptyFileIsOneProblem() throws IOException {
        Path empty = write("empty.yaml", new byte[0]);
        assertEquals(List.of(empty + ": the file is empty: it holds no estimate"), problems(empty));
        Path comments = write("comments.yaml", "# only a comment\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(comments + ": the file is empty: it holds no estimate"), problems(comments));
    }

    @Test
    void aBinaryFileIsRecognised() throws IOException {
        Path binary = write("logo.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertEquals(List.of(binary + ": this is a binary file, not an estimate: estimate files are YAML or JSON text"),
                problems(binary));
        Path latin1 = write("latin1.yaml", "title: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(problems(latin1).getFirst().contains("is not UTF-8 text"), problems(latin1).toString());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsTextButABadByteIsPlaced() throws IOException {
        // Reading decodes UTF-8 leniently first and strictly only when a U+FFFD appears: a real
        // one is text like any other, a broken byte is still named with its line and column.
        Path real = write("real.yaml", "header:\n  title: \"a \uFFFD b\"\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(problems(real).stream().anyMatch(p -> p.contains("UTF-8")), problems(real).toString());
        byte[] broken = "header:\n  title: caf\u00e9 \uFFFD\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(broken, broken.length);
        bad[bad.length - 6] = (byte) 0xC3; // the é's second byte becomes the start of another sequence
        Path file = write("bad-byte.yaml", bad);
        assertEquals(List.of(file + ":2:13: the file is not UTF-8 text: byte 21 of the file is not valid UTF-8; save the"
                + " file as UTF-8 (is it binary, or saved in another encoding such as Windows-1252?)"), problems(file));
    }

    @Test
    void aLargeFileIsReadFromItsBytesAsFromItsText() throws IOException {
        // A large UTF-8 file goes to the fast reader as bytes, never decoded into one text: with
        // a byte-order mark and a euro sign in it, it reads as the decoded text does; a bad byte
        // deep inside it is still named and placed.
        String sample = Files.readString(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"));
        StringBuilder bulk = new StringBuilder("  - id: bulk\n    title: Bulk items \u20ac\n    items:\n");
        for (int i = 1; i <= 8_000; i++) {
            bulk.append("      - id: X").append(i).append("\n        title: Caf\u00e9 workshop ").append(i)
                    .append(" \u2013 half a day\n        category: labour\n        quantity: 4\n        unit: days\n")
                    .append("        role: pm\n        justification:\n          basis: historical-data\n")
                    .append("          reasoning: >-\n")
                    .append("            Two lines of text\n            that fold into one.\n");
        }
        String text = sample.replaceFirst("\nassumptions:", "\n" + bulk.toString().replace("$", "\\$") + "\nassumptions:");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(utf8.length > EstimateFiles.CONCURRENT_FROM);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        assertNotNull(BlockYamlReader.read(marked, 3, new TreeValues(), null), "the fast reader declined the bytes");
        Estimate fromBytes = EstimateFiles.load(write("large.yaml", marked)).orThrow();
        assertEquals(EstimateFiles.parse(text, "large.yaml", false).orThrow(), fromBytes);
        assertEquals(8_000, fromBytes.breakdown().stream().filter(g -> g.id().equals("bulk")).findFirst()
                .orElseThrow().items().size());

        int at = text.lastIndexOf("Caf\u00e9");
        byte[] bad = utf8.clone();
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 3; // the é's first byte
        bad[byteAt + 1] = 'x'; // its second byte no longer continues it
        Path broken = write("large-bad.yaml", bad);
        String before = text.substring(0, at + 3);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
        assertEquals(List.of(broken + ":" + line + ":" + column + ": the file is not UTF-8 text: byte " + (byteAt + 1)
                + " of the file is not valid UTF-8; save the file as UTF-8 (is it binary, or saved in another"
                + " encoding such as Windows-1252?)"), problems(broken));
    }

    @Test
    void aFolderIsNotAFile() {
        assertEquals(List.of(dir + ": this is a folder, not an estimate file"), problems(dir));
    }

    @Test
    void malformedYamlNamesTheLineAndColumn() throws IOException {
        Path file = write("bad.yaml", "header:\n  title: [unclosed\n  currency: EUR\n".getBytes(StandardCharsets.UTF_8));
        List<String> problems = problems(file);
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith(file + ":3:"), problems.getFirst());
        assertTrue(problems.getFirst().contains("not valid YAML or JSON"), problems.getFirst());
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws IOException {
        Path file = write("bad.json", "{\n  \"header\": {\"title\": \"x\",}\n}\n".getBytes(StandardCharsets.UTF_8));
        List<String> problems = problems(file);
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith(file + ":2:"), problems.getFirst());
    }

    @Test
    void aListInsteadOfAnEstimateIsExplained() throws IOException {
        Path file = write("list.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(file + ":1:1: an estimate file is a mapping with header, rateCard, breakdown, ...; "
                + "this file holds a list"), problems(file));
    }

    static Stream<Path> estimateFiles() {
        return Stream.concat(Estimates.samples().stream(), Estimates.templates().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void everySampleAndTemplateIsValid(Path file) {
        assertEquals(List.of(), problems(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void writtenYamlAndJsonReadBackToAnEqualEstimate(Path file) throws IOException {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        Path yaml = write("copy.yaml", EstimateFiles.toYaml(estimate).getBytes(StandardCharsets.UTF_8));
        Path json = write("copy.json", EstimateFiles.toJson(estimate).getBytes(StandardCharsets.UTF_8));
        assertEquals(estimate, EstimateFiles.load(yaml).orThrow());
        assertEquals(estimate, EstimateFiles.load(json).orThrow());
        // Writing is deterministic: the same estimate always gives the same text.
        assertEquals(EstimateFiles.toYaml(estimate), EstimateFiles.toYaml(EstimateFiles.load(yaml).orThrow()));
    }

    @Test
    void simulationSettingsCoveredRisksAndConfidenceReadBack() throws IOException {
        String yaml = Files.readString(Estimates.repositoryRoot().resolve("docs/format-example.yaml"))
                .replace("    # coveredBy: [B1]", "    coveredBy: [B1]")
                .replace("  method: percent ", "  method: simulation ").replace("  percent: 8 ", "  confidence: 85 ");
        Estimate estimate = EstimateFiles.parse(yaml, "e.yaml", false).orThrow();
        assertEquals(List.of("B1"), estimate.risks().getFirst().coveredBy());
        assertEquals(85, estimate.contingency().confidence());
        assertEquals(new SimulationSettings(100_000, 42L, List.of(new CorrelationGroup(List.of("B1", "B2"),
                new java.math.BigDecimal("0.5"), "The same team builds the catalogue and sets up its hosting."))),
                estimate.simulation());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toYaml(estimate), "copy.yaml", false).orThrow());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toJson(estimate), "copy.json", false).orThrow());
    }

    @Test
    void theSchemaShipsInTheJarAndNamesEveryTopLevelField() {
        String schema = EstimateFiles.schema();
        for (String field : List.of("header", "rateCard", "breakdown", "assumptions", "exclusions", "risks",
                "contingency", "adjustments", "tax", "milestones", "terms", "alternatives", "internal")) {
            assertTrue(schema.contains("\"" + field + "\""), "schema lacks " + field);
        }
        assertFalse(schema.isBlank());
    }
}
