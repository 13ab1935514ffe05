package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Block;
import dev.estimator.export.document.Document;
import dev.estimator.export.document.DocumentBuilder;
import dev.estimator.export.document.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: lines break where each language allows, read back with PDFBox over every line of
 * the rendered samples. Japanese: kinsoku (no line starts with closing punctuation, ー or a small
 * kana; none ends with an opening bracket) and no paragraph ends on a line of one or two
 * characters. Every language: no word is broken inside itself, in a table or anywhere else.
 */
class PdfLineBreakingTest {

    private static final String NO_START = "、。，．・：；？！ー…）」』】〕］｝〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!?";
    private static final String NO_END = "「（『【〔［｛〈《";

    private static Estimate japanese() {
        return EstimateFiles.load(Estimates.repositoryRoot().resolve("samples/mobile-app-ja.yaml")).orThrow();
    }

    @Test
    void kinsokuHoldsOnEveryLineOfTheJapaneseSample() {
        int checked = 0;
        for (Audience audience : Audience.values()) {
            PdfPages pdf = PdfPages.of(PdfExporterTest.export(japanese(), audience));
            for (int page = 0; page < pdf.pages.size(); page++) {
                for (String line : pdf.pages.get(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                    String first = line.substring(0, line.offsetByCodePoints(0, 1));
                    String last = line.substring(line.offsetByCodePoints(line.length(), -1));
                    assertTrue(!NO_START.contains(first), "page " + (page + 1) + " (" + audience + ") line starts with " + first + ": " + line);
                    assertTrue(!NO_END.contains(last), "page " + (page + 1) + " (" + audience + ") line ends with " + last + ": " + line);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "checked only " + checked + " lines");
    }

    @Test
    void noJapaneseParagraphEndsOnALineOfOneOrTwoCharacters() {
        Estimate estimate = japanese();
        ExportRequest request = ExportRequest.of(estimate, Audience.CLIENT);
        List<String> paragraphs = new ArrayList<>();
        for (Section section : DocumentBuilder.build(request).sections()) {
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Paragraph p -> paragraphs.add(squeezed((p.label() == null ? "" : p.label() + ":") + p.text()));
                    case Block.Bullets b -> b.items().forEach(item -> paragraphs.add(squeezed(item)));
                    default -> { }
                }
            }
        }
        List<String> lines = PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT)).allBodyLines()
                .stream().map(PdfLineBreakingTest::squeezed).toList();
        int endings = 0;
        for (int i = 1; i < lines.size(); i++) {
            String end = lines.get(i - 1) + lines.get(i);
            String last = lines.get(i);
            if (paragraphs.stream().anyMatch(p -> p.endsWith(end))) {
                endings++;
                assertTrue(last.codePointCount(0, last.length()) >= 3,
                        "a paragraph ends on the short line '" + last + "' after '" + lines.get(i - 1) + "'");
            }
        }
        assertTrue(endings > 8, "found only " + endings + " paragraph endings on a second or later line");
    }

    static Stream<Path> everySample() {
        return Stream.concat(Estimates.samples().stream(), Estimates.previousRevisions().stream());
    }

    /** A Latin word or a number, hyphenated ones whole (1-10-5, mirai-digital): what must never be broken across lines. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:-[\\p{IsLatin}\\p{Nd}]+)*");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void noWordIsBrokenInsideItselfInAnyTableOrParagraph(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        for (Audience audience : Audience.values()) {
            Document document = DocumentBuilder.build(ExportRequest.of(estimate, audience));
            Map<String, Integer> printed = words(String.join("\n", PdfPages.of(PdfExporterTest.export(estimate, audience)).allBodyLines()));
            Map<String, Integer> said = words(String.join("\n", texts(document)));
            List<String> broken = new ArrayList<>();
            said.forEach((word, count) -> {
                if (printed.getOrDefault(word, 0) < count) {
                    broken.add(word + " (" + printed.getOrDefault(word, 0) + " of " + count + ")");
                }
            });
            assertTrue(broken.isEmpty(), sample.getFileName() + " " + audience + ": words printed broken or missing: " + broken);
            assertTrue(said.size() > 200, "a real document");
        }
    }

    /** Every text the PDF prints from the model (charts aside: they draw their own labels, and the tables repeat them). */
    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        for (Section section : document.sections()) {
            if (section.numbered()) {
                texts.add(section.title());
            }
            for (Block block : section.blocks()) {
                switch (block) {
                    case Block.Cover c -> {
                        texts.add(c.kicker());
                        texts.add(c.title());
                        texts.add(c.preparedFor());
                    }
                    case Block.Letterhead l -> {
                        texts.addAll(l.addressee());
                        texts.addAll(l.sender());
                    }
                    case Block.Subheading s -> texts.add(s.text());
                    case Block.Paragraph p -> {
                        texts.add(p.label());
                        texts.add(p.text());
                    }
                    case Block.Bullets b -> texts.addAll(b.items());
                    case Block.Table t -> {
                        t.columns().forEach(c -> texts.add(c.title()));
                        t.rows().forEach(r -> r.cells().forEach(c -> texts.add(c.text())));
                    }
                    case Block.BarChart chart -> { }
                    case Block.CurveChart chart -> { }
                    case Block.Timeline chart -> { }
                    case Block.Waterfall chart -> { }
                }
            }
        }
        texts.removeIf(t -> t == null);
        return texts;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            counts.merge(words.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f\\u3000]", "");
    }
}
