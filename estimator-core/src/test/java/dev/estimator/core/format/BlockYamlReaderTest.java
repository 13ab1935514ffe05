package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estimator.core.Estimates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast block-YAML reader against the full parser (SnakeYAML through Jackson): wherever the
 * fast reader gives a tree, it is the full parser's tree, node for node (types, texts, numbers
 * with their scale, booleans with their spelling, key order); on every sample, template, test
 * file and on random files, including broken ones.
 */
class BlockYamlReaderTest {

    static Stream<Path> yamlFiles() throws IOException {
        Path root = Estimates.repositoryRoot();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("samples", "templates", "docs", "estimator-core/src/test/resources",
                "estimator-export/src/test/resources", "estimator-cli/src/test/resources")) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void givesTheFullParsersTreeOrNone(Path file) throws IOException {
        String text = textOf(file);
        if (text != null) {
            assertSameOrDeclined(text, file.toString());
        }
    }

    /** The text of one of {@link #yamlFiles()}, or null for a deliberately broken file (SourceText refuses it). */
    static String textOf(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    @Test
    void readsEverySampleAndTemplateItself() {
        // The fast reader is only worth having if the files people write are in its subset.
        for (Path file : Stream.concat(Estimates.samples().stream(), Estimates.templates().stream()).toList()) {
            assertNotNull(BlockYamlReader.read(read(file), new TreeValues()), file + " fell back to the full parser");
        }
    }

    @Test
    void readsTheGeneratedScaleFileItself() {
        String sample = read(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"));
        StringBuilder bulk = new StringBuilder("  - id: bulk\n    title: Bulk items\n    items:\n");
        for (int i = 1; i <= 50; i++) {
            bulk.append("      - id: X").append(i).append("\n        title: Discovery workshops ").append(i)
                    .append("\n        quantity: {optimistic: 3, mostLikely: 4.50, pessimistic: 6}\n")
                    .append("        justification:\n          reasoning: >-\n            Two lines\n")
                    .append("            of text.\n          assumptions: [A3, A6]\n");
        }
        String text = sample.replaceFirst("\nassumptions:", "\n" + bulk.toString().replace("$", "\\$") + "\nassumptions:");
        assertNotNull(BlockYamlReader.read(text, new TreeValues()));
        assertSameOrDeclined(text, "generated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\r", "\u0085", "\uFEFF", "\u0007"})
    void declinesALargeTextWithOneCharacterOutsideTheSubset(String character) {
        // Over a million characters the characters are checked beside the reading: a bad one near
        // the end, in a text the reader would otherwise take, still sends it to the full parser.
        String sample = read(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"));
        String large = sample + "notes:\n" + "  - a note of plain text\n".repeat(50_000);
        assertTrue(large.length() > 1_000_000);
        assertNotNull(BlockYamlReader.read(large, new TreeValues()));
        String broken = large.substring(0, large.length() - 10) + character + large.substring(large.length() - 9);
        assertNull(BlockYamlReader.read(broken, new TreeValues()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\na: 2\n",                 // a key twice: the full parser reports it
        "a: &x 1\nb: *x\n",             // anchors and aliases
        "a: !custom 1\n",               // a tag
        "a: .nan\n",                    // not a number
        "a: 1e3\n",                     // a number in a form YAML 1.1 reads its own way
        "a: tRue\n",                    // a boolean-like word in an odd case
        "a: two\n  lines\n",            // a plain text over two lines
        "--- \na: 1\n",                 // a document marker
        "a:\tb\n",                      // a tab
        "a: 1\r\nb: 2\r\n",             // Windows line ends
        "- a\n- b\n",                   // not a mapping
        "a: 'open\n",                   // an unclosed quote
        "a: [1, 2\n",                   // an unclosed list
        "a: x: y\n",                    // a mapping where a text was expected
        "a:\n  b: 1\nOn: 2\n",            // a key YAML 1.1 reads as a boolean
        "a: {b: 1, no: 2}\n",           // the same in a flow mapping
        "a: [{b: 1}, {b: 1, y: 2}]\n",  // and after a key seen before
    })
    void declinesWhatItIsNotSureOf(String text) {
        assertNull(BlockYamlReader.read(text, new TreeValues()));
    }

    @Test
    void readsWhatEstimatesUse() {
        String text = """
                # a comment
                a: Text, with a colon:here # and a comment
                b: {x: 1, w: 4.50, z: -2}
                c: [A3, 'it''s', "q\\"uote\\u00e9"]
                d: >-
                  folded
                  text

                  new paragraph
                e: |
                  literal
                    kept
                f:
                - one
                -   two
                g:
                  - id: X1
                    on_time: yes
                h: 2026-11-02
                i:
                j: No
                """;
        JsonNode tree = BlockYamlReader.read(text, new TreeValues());
        assertNotNull(tree);
        assertEquals("Text, with a colon:here", tree.get("a").asText());
        assertEquals(new java.math.BigDecimal("4.50"), tree.get("b").get("w").decimalValue());
        assertEquals("it's", tree.get("c").get(1).asText());
        assertEquals("q\"uote\u00e9", tree.get("c").get(2).asText());
        assertEquals("folded text\nnew paragraph", tree.get("d").asText());
        assertEquals("literal\n  kept\n", tree.get("e").asText());
        assertEquals("two", tree.get("f").get(1).asText());
        assertTrue(tree.get("g").get(0).get("on_time").booleanValue());
        assertEquals("2026-11-02", tree.get("h").asText());
        assertEquals("", tree.get("i").asText()); // as the full parser reads a key with nothing after it
        assertEquals("No", tree.get("j").asText());
        assertTrue(assertSameOrDeclined(text, "inline"));
    }

    @Test
    void randomFilesGiveTheFullParsersTreeOrNone() {
        Random random = new Random(20261207L);
        int read = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder out = new StringBuilder();
            new RandomYaml(random).mapping(out, 0, 0);
            String text = out.toString();
            if (round % 3 == 1) {
                text = mutate(text, random);
            }
            if (assertSameOrDeclined(text, "random file " + round)) {
                read++;
            }
        }
        // Most untouched random files are in the subset: the comparison is not vacuous.
        assertTrue(read > 600, "only " + read + " random files were read by the fast reader");
    }

    /** Compares the two readers on {@code text}; whether the fast reader gave a tree. */
    private static boolean assertSameOrDeclined(String text, String name) {
        JsonNode fast = BlockYamlReader.read(text, new TreeValues());
        if (fast == null) {
            return false;
        }
        SourceTreeParser.Result full;
        try {
            full = SourceTreeParser.parse(text, false, true);
        } catch (SourceTreeParser.SyntaxError e) {
            fail(name + ": the fast reader gave a tree, the full parser refused it (" + e.getMessage() + ")\n" + text);
            return false;
        }
        assertTrue(full.findings().isEmpty(), () -> name + ": the full parser found " + full.findings() + "\n" + text);
        String difference = difference(full.tree().root(), fast, "");
        assertNull(difference, () -> name + ": " + difference + "\n" + text);
        return true;
    }

    /** Where two trees differ, or {@code null}: node types, texts, numbers with scale, boolean spellings, key order. */
    static String difference(JsonNode expected, JsonNode actual, String at) {
        if (expected.getNodeType() != actual.getNodeType()) {
            return at + ": " + expected.getNodeType() + " " + expected + " vs " + actual.getNodeType() + " " + actual;
        }
        if (expected.isObject()) {
            List<String> a = new ArrayList<>();
            expected.fieldNames().forEachRemaining(a::add);
            List<String> b = new ArrayList<>();
            actual.fieldNames().forEachRemaining(b::add);
            if (!a.equals(b)) {
                return at + ": keys " + a + " vs " + b;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String d = difference(e.getValue(), actual.get(e.getKey()), at + "/" + e.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return at + ": " + expected.size() + " elements vs " + actual.size();
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = difference(expected.get(i), actual.get(i), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isNumber()) {
            return expected.decimalValue().equals(actual.decimalValue()) ? null
                    : at + ": " + expected.decimalValue() + " vs " + actual.decimalValue();
        }
        boolean same = expected.asText().equals(actual.asText())
                && (!expected.isBoolean() || expected.booleanValue() == actual.booleanValue());
        return same ? null : at + ": [" + expected.asText() + "] vs [" + actual.asText() + "]";
    }

    private static final String NOISE = " :-#'\"\n{}[]|>,&!*\\";

    private static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && b.length() > 0; k++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> b.insert(at, "  ");
            }
        }
        return b.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random YAML in the styles estimate files are written in, and some they are not. */
    private record RandomYaml(Random random) {

        private static final String[] WORDS = {"alpha", "Beta", "yes", "No", "ON", "off", "true", "False", "null",
            "Null", "~", "y", "n", "tRue", "1", "0", "-3", "4.50", "007", "1e3", "0x1F", "+5", ".5", "5.", "1_000",
            "3:30", "2026-11-02", "2026-11-02T10:00:00Z", "a: b", "a:b", "#x", "a #b", "a#b", "-x", "- x", "http://x.y/z",
            "€ 1.200,50", "日本語のテキスト", "Ünïcödé", "a, b", "[x]", "{y}", "50%", "@home", "`tick`", "=", "<<",
            ".nan", ".inf", "NaN", "Infinity", "it's", "say \"hi\"", "back\\slash", "trailing ", " leading", "",
            "?", "? x", "+353 1 555 0142", "2001-12-14 21:59:43.10 -5", "1 000", "3 days", "-1 day", ".5 of it", "03-5555-0123", "12か月", "1テーブル", "4d", "1_", "0b101", "1-2", "1e+5", "1.2.3", "-.5", "-0", "0.0", "10.25", "-0.5", "00", "1.", "!tag", "&anchor", "*alias", "|", ">", "a  double  space"};

        /** Words the fast reader reads itself, in the forms estimates use. */
        private static final String[] USUAL = {"alpha", "Beta gamma", "4.50", "12", "0", "-3", "2026-11-02",
            "03-5555-0123", "12か月", "日本語のテキスト", "yes", "No", "TRUE", "off", "null", "~", "it's", "a, b",
            "http://x.y/z", "€ 1.200,50", "+353 1 555 0142", "Ünïcödé", "say \"hi\"", "a#b", "50 % more"};

        private String word() {
            return random.nextInt(6) == 0 ? WORDS[random.nextInt(WORDS.length)] : USUAL[random.nextInt(USUAL.length)];
        }

        private String key() {
            String[] keys = {"id", "title", "quantity", "mostLikely", "on_time", "a-b", "x1", "yes", "on", "k", "Title"};
            return keys[random.nextInt(keys.length)] + (random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(30)));
        }

        private String scalar() {
            String w = word();
            return switch (random.nextInt(6)) {
                case 0 -> "'" + w.replace("'", "''") + "'";
                case 1 -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                default -> w;
            };
        }

        private String comment() {
            return random.nextInt(8) == 0 ? " # note: " + word() : "";
        }

        void mapping(StringBuilder out, int indent, int depth) {
            int entries = 1 + random.nextInt(depth == 0 ? 6 : 4);
            for (int i = 0; i < entries; i++) {
                if (random.nextInt(10) == 0) {
                    out.append(random.nextBoolean() ? "\n" : " ".repeat(indent) + "# comment\n");
                }
                out.append(" ".repeat(indent)).append(key()).append(':');
                value(out, indent, depth);
            }
        }

        /** After "key:" or "- ": a value; ends its last line. */
        private void value(StringBuilder out, int indent, int depth) {
            int kind = depth > 4 ? random.nextInt(5) : random.nextInt(9);
            switch (kind) {
                case 0, 1 -> out.append(' ').append(scalar()).append(comment()).append('\n');
                case 2 -> out.append(comment()).append('\n');
                case 3 -> flowMap(out.append(' ')).append(comment()).append('\n');
                case 4 -> blockText(out, indent);
                case 5 -> {
                    out.append(comment()).append('\n');
                    mapping(out, indent + 2, depth + 1);
                }
                default -> {
                    out.append(comment()).append('\n');
                    sequence(out, random.nextBoolean() ? indent : indent + 2, depth + 1);
                }
            }
        }

        private void sequence(StringBuilder out, int indent, int depth) {
            int entries = 1 + random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                out.append(" ".repeat(indent)).append('-');
                switch (random.nextInt(4)) {
                    case 0 -> out.append(' ').append(scalar()).append('\n');
                    case 1 -> {
                        // A compact mapping: "- id: X1" and its other keys under the first.
                        out.append(' ').append(key()).append(": ").append(scalar()).append('\n');
                        if (random.nextBoolean()) {
                            mapping(out, indent + 2, depth + 1);
                        }
                    }
                    case 2 -> flowList(out.append(' ')).append('\n');
                    default -> value(out, indent, depth);
                }
            }
        }

        private StringBuilder flowMap(StringBuilder out) {
            out.append('{');
            int entries = random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                out.append(i == 0 ? "" : ", ").append(key()).append(": ");
                if (random.nextInt(6) == 0) {
                    flowList(out);
                } else {
                    out.append(scalar());
                }
            }
            return out.append('}');
        }

        private StringBuilder flowList(StringBuilder out) {
            out.append('[');
            int entries = random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                out.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",").append(scalar());
            }
            return out.append(']');
        }

        private void blockText(StringBuilder out, int indent) {
            String[] headers = {"|", "|-", ">", ">-", "|+", ">2"};
            out.append(' ').append(headers[random.nextInt(headers.length)]).append(comment()).append('\n');
            int pad = indent + 2 + (random.nextInt(5) == 0 ? 2 : 0);
            int lines = 1 + random.nextInt(5);
            for (int i = 0; i < lines; i++) {
                int r = random.nextInt(10);
                if (r == 0) {
                    out.append('\n');
                } else if (r == 1) {
                    out.append(" ".repeat(pad + 2)).append(word()).append(" more\n");
                } else {
                    out.append(" ".repeat(pad)).append(word()).append(' ').append(word()).append('\n');
                }
            }
            if (random.nextInt(4) == 0) {
                out.append('\n');
            }
        }
    }
}
