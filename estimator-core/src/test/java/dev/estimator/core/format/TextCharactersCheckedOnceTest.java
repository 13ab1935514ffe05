package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's texts are checked for their characters once, as they are decoded; validation no longer
 * walks the model's texts again for a file ({@link EstimateValidator#findingsOfCheckedTexts}).
 * Both ways, side by side on every sample, template and test file and on copies holding bad
 * characters (control characters, lone and reversed surrogates, and the characters that are
 * allowed: U+FFFD, bidi overrides, tab, carriage return), give the same result: the same
 * problems with the same file, line, column, path and message, the same warnings, the same model.
 * And the model decoded from each holds no text that validation of an estimate built in code
 * would refuse. (That an estimate built in code still has its texts checked: {@code TextChecksTest}.)
 */
class TextCharactersCheckedOnceTest {

    /** Characters inside a YAML double-quoted text, as escapes (and a few raw). */
    private static final List<String> YAML_INSERTS = List.of("\\x01", "\\a", "\\e", "\\0", "\\x7f", "\\N", "\\x9f",
            "\\ud800", "\\udc00", "\\udc00\\ud800", "\\ufffd", "\\u202e", "\\u2066", "\\t", "\\r",
            "\u0001", "\u202e", "\ufffd", "\u0085", "\t");
    /** Characters inside a JSON text, as escapes. */
    private static final List<String> JSON_INSERTS = List.of("\\u0001", "\\u001b", "\\u007f", "\\u0085",
            "\\u009f", "\\ud800", "\\udc00", "\\udc00\\ud800", "\\ufffd", "\\u202e", "\\t", "\\r");

    /** A one-line value the YAML files give: {@code key: text} or {@code - text}. */
    private static final Pattern YAML_VALUE = Pattern.compile(
            "(?m)^( *(?:- )?[A-Za-z][A-Za-z0-9_-]*: |^ *- )([^\"'\\[{|>&*!#\\s-][^\\n#]*?)$");
    private static final Pattern JSON_TEXT = Pattern.compile("\" ?: \"([^\"\\\\]*)\"");

    private int characterProblems;
    private final Set<String> codesReported = new TreeSet<>();

    /** Both ways on {@code text}, compared; also checks the decoded model itself. */
    private void assertSameBothWays(String text, String source, boolean json, String label) {
        LoadResult walked = EstimateFiles.parse(text, source, json, e -> { }, true);
        LoadResult once = EstimateFiles.parse(text, source, json, e -> { }, false);
        assertEquals(walked.problems(), once.problems(), label + ": the problems differ");
        assertEquals(walked.warnings(), once.warnings(), label + ": the warnings differ");
        assertEquals(walked.estimate(), once.estimate(), label + ": the models differ");
        for (Problem problem : once.problems()) {
            Matcher code = Pattern.compile("\\((U\\+[0-9A-F]{4})(, a lone surrogate)?\\) at position")
                    .matcher(problem.message());
            if (code.find()) {
                characterProblems++;
                codesReported.add(code.group(1));
                assertTrue(problem.line() > 0 && !problem.path().isEmpty(), label + ": " + problem);
            }
        }
        assertNoRefusedTextInTheModel(text, json, label);
    }

    /** The model a reader decodes holds no text that {@link EstimateValidator#validate} would refuse. */
    private static void assertNoRefusedTextInTheModel(String text, boolean json, String label) {
        Fields.Decoding decoding = new Fields.Decoding();
        Estimate estimate;
        try {
            estimate = EstimateDecoder.decode(SourceTreeParser.parse(text, json, false).tree().root(), decoding);
        } catch (SourceTreeParser.SyntaxError e) {
            return; // nothing decoded
        }
        if (estimate == null || decoding.skippedElements) {
            return; // not validated, either way
        }
        for (Problem problem : EstimateValidator.validate(estimate)) {
            assertFalse(problem.message().contains(") at position "), label + ": the model holds " + problem);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void everySampleTemplateAndTestFileGivesTheSameResultBothWays() throws IOException {
        List<Path> files = new ArrayList<>(BlockYamlReaderTest.yamlFiles().toList());
        try (Stream<Path> walk = Files.walk(Estimates.repositoryRoot().resolve("estimator-core/src/test/resources"))) {
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 200, files.size() + " files");
        int read = 0;
        for (Path file : files) {
            String text;
            try {
                text = SourceText.read(file, EstimateFiles.MAX_BYTES);
            } catch (SourceText.Unreadable e) {
                continue; // refused before it is parsed (not UTF-8, empty): neither way reaches validation
            }
            read++;
            assertSameBothWays(text, file.toString(), file.toString().endsWith(".json"), file.toString());
        }
        assertTrue(read > 200, read + " files read");
    }

    @Test
    void copiesWithBadCharactersInTheirTextsGiveTheSameProblemsBothWays() throws IOException {
        Random random = new Random(20261207L);
        int copies = 0;
        for (Path file : Stream.concat(Estimates.samples().stream(), Estimates.templates().stream()).toList()) {
            copies += assertCopiesBothWays(read(file), YAML_VALUE, 2, YAML_INSERTS, file.toString(), false, random);
        }
        for (Path sample : Estimates.samples()) {
            String json = EstimateFiles.toJson(EstimateFiles.parse(read(sample), sample.toString(), false).orThrow());
            copies += assertCopiesBothWays(json, JSON_TEXT, 1, JSON_INSERTS, sample + ".json", true, random);
        }
        assertTrue(copies > 600, copies + " copies");
        // Not a comparison of two empty lists: the copies' bad characters are reported, each kind of them.
        assertTrue(characterProblems > 300, characterProblems + " character problems");
        for (String code : List.of("U+0001", "U+0007", "U+001B", "U+0000", "U+007F", "U+0085", "U+009F", "U+D800",
                "U+DC00")) {
            assertTrue(codesReported.contains(code), code + " never reported: " + codesReported);
        }
    }

    /**
     * Compares both ways on copies of {@code text} with each of {@code inserts} put into one and into
     * three of its texts (group {@code group} of {@code values}); how many copies.
     */
    private int assertCopiesBothWays(String text, Pattern values, int group, List<String> inserts, String source,
                                     boolean json, Random random) {
        List<int[]> found = new ArrayList<>();
        Matcher m = values.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(group), m.end(group)});
        }
        assertTrue(found.size() > 20, source + ": " + found.size() + " texts");
        int copies = 0;
        for (String insert : inserts) {
            for (int count : new int[] {1, 3}) {
                String copy = withInserted(text, found, count, random, insert, !json);
                assertSameBothWays(copy, source, json, source + " with " + count + " x '" + insert + "'");
                copies++;
            }
        }
        return copies;
    }

    /**
     * {@code text} with {@code insert} put into {@code count} of its {@code values} (start, end),
     * each at a random place in it; a YAML value is turned into a double-quoted text for that.
     */
    private static String withInserted(String text, List<int[]> values, int count, Random random, String insert,
                                       boolean yaml) {
        List<int[]> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int[] value = values.get(random.nextInt(values.size()));
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0])); // from the end, so earlier offsets stay right
        StringBuilder out = new StringBuilder(text);
        for (int[] value : chosen) {
            String old = text.substring(value[0], value[1]);
            int at = random.nextInt(old.length() + 1);
            String changed = yaml
                    ? "\"" + quoted(old.substring(0, at)) + insert + quoted(old.substring(at)) + "\""
                    : old.substring(0, at) + insert + old.substring(at);
            out.replace(value[0], value[1], changed);
        }
        return out.toString();
    }

    private static String quoted(String plain) {
        return plain.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void badCharactersInASharedHistoryFileAreReportedTheSameBothWays(@TempDir Path dir) throws IOException {
        String sample = read(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"));
        String estimate = sample.substring(0, sample.indexOf("\nhistory:\n"))
                .replaceAll("pastProjects: \\[[^]]*]", "pastProjects: [P1]")
                + "\nhistory:\n  file: company.yaml\n";
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, estimate);
        int reported = 0;
        for (String insert : YAML_INSERTS) {
            Files.writeString(dir.resolve("company.yaml"), "projects:\n  - {id: P1, name: \"First " + insert
                    + " shop\", estimated: 80000, actual: 88000, note: \"" + insert + "\"}\n");
            String label = "history with '" + insert + "'";
            LoadResult walked = EstimateFiles.parse(estimate, file.toString(), false, e -> { }, true);
            LoadResult once = EstimateFiles.parse(estimate, file.toString(), false, e -> { }, false);
            assertEquals(walked, once, label);
            if (once.problems().stream().anyMatch(p -> p.message().contains(") at position ")
                    && p.source().endsWith("company.yaml"))) {
                reported++;
            }
        }
        assertTrue(reported >= 9, reported + " history files with a character problem");
    }
}
