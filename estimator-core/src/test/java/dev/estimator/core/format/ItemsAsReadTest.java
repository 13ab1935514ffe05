package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.estimator.core.Estimates;
import dev.estimator.core.model.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Line items decoded as the fast reader reads them ({@link EstimateDecoder#itemsAsRead}) against
 * the whole tree decoded afterwards: the same model and the same findings (pointers, messages,
 * order), on every sample, template and test file, and on broken copies of a sample whose items
 * are damaged at random.
 */
class ItemsAsReadTest {

    /** What decoding gave: the model and everything the decoding noted. */
    private record Decoded(Estimate estimate, Object findings, Object reported, boolean skipped, int held) {
    }

    /** How the items are decoded: with the rest of the tree, as read on the reader's thread, or as read on a second thread. */
    private enum Way { WHOLE, AS_READ, AS_READ_CONCURRENTLY }

    private static Decoded decode(String text, Way way) throws SourceTreeParser.SyntaxError {
        Fields.Decoding decoding = new Fields.Decoding();
        SourceTreeParser.Result parsed;
        if (way == Way.WHOLE) {
            parsed = SourceTreeParser.parse(text, false, false, null);
        } else {
            try (ItemsAsRead items = EstimateDecoder.itemsAsRead(decoding, way == Way.AS_READ_CONCURRENTLY)) {
                parsed = SourceTreeParser.parse(text, false, false, items);
            }
        }
        parsed.findings().forEach(f -> decoding.report(f.pointer(), f.message()));
        int held = countHeld(parsed.tree().root());
        Estimate estimate = EstimateDecoder.decode(parsed.tree().root(), decoding);
        return new Decoded(estimate, decoding.findings, decoding.reported, decoding.skippedElements, held);
    }

    private static int countHeld(JsonNode node) {
        if (ItemsAsRead.resolve(node) instanceof POJONode) {
            return 1;
        }
        int held = 0;
        for (JsonNode child : node) {
            held += countHeld(child);
        }
        return held;
    }

    /** Compares the two ways on {@code text}; what decoding the items as read gave, or null for a syntax error. */
    private static Decoded assertSame(String text, String name) {
        Decoded whole;
        try {
            whole = decode(text, Way.WHOLE);
        } catch (SourceTreeParser.SyntaxError e) {
            return null; // not an estimate's syntax: neither way decodes anything
        }
        assertEquals(0, whole.held(), name);
        Decoded asRead = null;
        for (Way way : new Way[] {Way.AS_READ, Way.AS_READ_CONCURRENTLY}) {
            String label = name + " (" + way + ")";
            try {
                asRead = decode(text, way);
            } catch (SourceTreeParser.SyntaxError e) {
                throw new AssertionError(label + ": refused only when items are decoded as read", e);
            }
            assertEquals(whole.estimate(), asRead.estimate(), label + ": the models differ");
            assertEquals(whole.findings(), asRead.findings(), label + ": the findings differ");
            assertEquals(whole.reported(), asRead.reported(), label);
            assertEquals(whole.skipped(), asRead.skipped(), label);
        }
        return asRead;
    }

    @ParameterizedTest
    @MethodSource("dev.estimator.core.format.BlockYamlReaderTest#yamlFiles")
    void sameModelAndFindingsOnEveryFile(Path file) throws IOException {
        String text = BlockYamlReaderTest.textOf(file);
        if (text != null) {
            assertSame(text, file.toString());
        }
    }

    @Test
    void everySampleHasItsItemsDecodedAsRead() throws IOException {
        for (Path sample : Estimates.samples()) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            int held = assertSame(text, sample.toString()).held();
            Estimate estimate = EstimateFiles.parse(text, sample.toString(), false).orThrow();
            assertEquals(estimate.breakdown().stream().flatMap(g -> g.allItems()).count(), held, sample.toString());
        }
    }

    @Test
    void manyItemsDecodedInBatchesGiveTheSameModelAndFindings() throws IOException {
        // Enough items for many of the decoder thread's batches, some damaged in each way.
        String sample = Files.readString(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"),
                StandardCharsets.UTF_8);
        Random random = new Random(12L);
        StringBuilder bulk = new StringBuilder("  - id: bulk\n    title: Bulk items\n    items:\n");
        int damaged = 0;
        for (int i = 1; i <= 3_000; i++) {
            java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of("id: X" + i,
                    "title: Discovery workshops " + i, "category: labour",
                    "quantity: {optimistic: 3, mostLikely: 4, pessimistic: 6}", "unit: days", "role: pm",
                    "justification:\n          basis: historical-data\n          reasoning: >-\n"
                            + "            Two lines\n            of text.\n          assumptions: [A3, A6]"));
            if (random.nextInt(100) == 0) {
                // A field replaced by a damaged one of the same name, or a damaged one added (never a key twice).
                String damage = DAMAGE[random.nextInt(DAMAGE.length)];
                String key = damage.substring(0, damage.indexOf(':') + 1);
                fields.replaceAll(field -> field.startsWith(key) ? damage : field);
                if (!fields.contains(damage)) {
                    fields.add(damage);
                }
                damaged++;
            }
            bulk.append("      - ").append(String.join("\n        ", fields)).append('\n');
        }
        String text = sample.replaceFirst("\nassumptions:", "\n" + bulk.toString().replace("$", "\\$") + "\nassumptions:");
        Decoded asRead = assertSame(text, "3,000 items");
        assertTrue(damaged > 10, damaged + " damaged");
        assertTrue(asRead.held() > 2_900 && asRead.held() < 3_000 + 20, asRead.held() + " items held");
        assertTrue(!((java.util.List<?>) asRead.findings()).isEmpty());
    }

    /** Lines a damaged item may get: wrong types, unknown choices and fields, missing parts, custom units. */
    private static final String[] DAMAGE = {
        "quantity: abc", "quantity: \"4\"", "quantity: {optimistic: 3, mostLikely: 2}", "quantity: -1",
        "quantity: {optimistic: 3, mostLikely: 4, pessimistic: 6, extra: 1}", "category: labourx",
        "category: 7", "unit: parsecs", "unit: custom", "unit: {name: verifica, plural: verifiche, gender: feminine}",
        "unit: {name: verifica, gender: neuter}", "unit: [days]", "role: nobody", "unitPrice: -5", "unitPrice: ten",
        "unitCost: 3", "optional: maybe", "optional: true", "titel: typo", "description: [a, b]", "id: \"\"",
        "title: \"\"", "justification: none", "justification: {basis: guess}", "recurrence: {every: month, term: 12}",
        "recurrence: {every: fortnight, term: 0}", "recurrence: {every: year, term: 1.5}", "source: 12",
        "assumptions: [A3, 7]", "confidence: total", "basis: historical-data", "reasoning: \"\"",
    };

    @Test
    void damagedItemsGiveTheSameModelAndFindings() throws IOException {
        String sample = Files.readString(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"),
                StandardCharsets.UTF_8);
        String[] lines = sample.split("\n", -1);
        Random random = new Random(20261207L);
        java.util.List<Integer> itemLines = new java.util.ArrayList<>();
        boolean inBreakdown = false;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(" ") && !lines[i].isEmpty()) {
                inBreakdown = lines[i].startsWith("breakdown:");
            }
            if (inBreakdown && lines[i].startsWith("      ") && !lines[i].strip().startsWith("#")) {
                itemLines.add(i);
            }
        }
        int mixed = 0;
        int fellBack = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder out = new StringBuilder();
            java.util.Set<Integer> damaged = new java.util.HashSet<>();
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                damaged.add(itemLines.get(random.nextInt(itemLines.size())));
            }
            for (int at = 0; at < lines.length; at++) {
                String line = lines[at];
                String trimmed = line.strip();
                if (damaged.contains(at)) {
                    int indent = line.length() - line.stripLeading().length();
                    String prefix = trimmed.startsWith("- ") ? "- " : "";
                    switch (random.nextInt(3)) {
                        case 0 -> out.append(" ".repeat(indent)).append(prefix)
                                .append(DAMAGE[random.nextInt(DAMAGE.length)]).append('\n');
                        case 1 -> {
                            // the line dropped (a dash line keeps its dash on the next field)
                            if (!prefix.isEmpty()) {
                                out.append(line).append('\n');
                            }
                        }
                        default -> out.append(line).append('\n').append(" ".repeat(indent + (prefix.isEmpty() ? 0 : 2)))
                                .append(DAMAGE[random.nextInt(DAMAGE.length)]).append('\n');
                    }
                } else {
                    out.append(line).append('\n');
                }
            }
            String text = out.toString();
            Decoded asRead = assertSame(text, "damaged copy " + round + "\n" + text);
            if (asRead == null || asRead.held() == 0) {
                fellBack++;
            } else if (!((java.util.List<?>) asRead.findings()).isEmpty()) {
                mixed++; // items decoded as read beside damaged ones decoded afterwards, with findings
            }
        }
        // Not vacuous: many copies mix the two ways and have findings; some go to the full parser.
        assertTrue(mixed > 100, "only " + mixed + " damaged copies had findings beside items decoded as read");
        assertTrue(fellBack > 0 && fellBack < 300, fellBack + " damaged copies went to the full parser");
    }
}
