package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.format.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports the fixtures and every sample, reads each PDF back with PDFBox and checks it against
 * the calculator: every printed figure is the calculator's, formatted by {@link MoneyFormat};
 * headings come from the bundle in the estimate's language; fonts are embedded; bookmarks and
 * metadata are set.
 */
class PdfExporterTest {

    /** The samples, found from the module directory Maven runs tests in. */
    static final Path SAMPLES = Path.of("..", "samples");

    static Stream<Arguments> estimates() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("en", "it", "ja")) {
            cases.add(Arguments.of("fixture-" + language, PdfFixtures.estimate(language)));
        }
        for (Path sample : samples()) {
            cases.add(Arguments.of(sample.getFileName().toString(), EstimateFiles.load(sample).orThrow()));
        }
        return cases.stream();
    }

    static List<Path> samples() {
        if (!Files.isDirectory(SAMPLES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(Estimate estimate, Audience audience) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfExporter().write(ExportRequest.of(estimate, audience), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void everyFigureIsTheCalculatorsFormattedByMoneyFormat(String name, Estimate estimate) {
        ExportRequest request = ExportRequest.of(estimate, Audience.CLIENT);
        EstimateTotals totals = request.totals();
        PdfReadBack pdf = PdfReadBack.of(export(estimate, Audience.CLIENT));
        Header header = estimate.header();
        MoneyFormat money = MoneyFormat.of(header.currency(), header.effectiveLocale());
        String text = pdf.flatText();

        assertAmount(text, money.format(totals.grandTotal()), "grand total");
        assertAmount(text, money.format(totals.subtotal()), "subtotal");
        assertAmount(text, money.format(totals.net()), "net");
        if (estimate.tax() != null) {
            assertAmount(text, money.format(totals.tax()), "tax");
        }
        for (GroupTotal group : totals.allGroups()) {
            assertAmount(text, money.format(group.amount()), "subtotal of group " + group.groupId());
        }
        for (ItemTotal item : totals.items().values()) {
            assertAmount(text, money.format(item.amount()), "amount of item " + item.itemId());
        }
        for (AlternativeTotals alternative : totals.alternatives()) {
            assertAmount(text, money.format(alternative.totals().grandTotal()),
                    "total of alternative " + alternative.alternative().id());
            assertAmount(text, money.formatSigned(alternative.delta()),
                    "difference of alternative " + alternative.alternative().id());
        }
        for (var milestone : totals.milestones()) {
            assertAmount(text, money.format(milestone.amount()), "milestone " + milestone.milestone().name());
        }
        // Every item's title is printed, in its own script (Japanese lines may wrap anywhere).
        String squeezed = PdfReadBack.squeezed(pdf.text);
        estimate.allItems().forEach(item -> assertTrue(squeezed.contains(PdfReadBack.squeezed(item.title())),
                "item title " + item.title() + " missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void everySectionHasItsHeadingAndBookmarkInTheEstimatesLanguage(String name, Estimate estimate) {
        PdfReadBack pdf = PdfReadBack.of(export(estimate, Audience.CLIENT));
        ResourceBundle bundle = ResourceBundle.getBundle("dev.estimator.export.document.messages",
                Locale.forLanguageTag(estimate.header().language()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = PdfReadBack.squeezed(pdf.text);
        List<String> expected = expectedSections(estimate);
        for (String key : expected) {
            String heading = bundle.getString(key);
            if (!key.equals("section.cover")) {
                assertTrue(text.contains(PdfReadBack.squeezed(heading)), name + ": heading '" + heading + "' missing");
            }
            assertTrue(pdf.bookmarks.stream().anyMatch(b -> b.endsWith(heading)),
                    name + ": no bookmark for '" + heading + "' in " + pdf.bookmarks);
        }
        assertEquals(expected.size(), pdf.bookmarks.size(), "one bookmark per section: " + pdf.bookmarks);
        assertFalse(pdf.bookmarks.stream().anyMatch(b -> b.endsWith(bundle.getString("section.internal"))),
                "the client's copy has no internal section");
    }

    /** The sections the issue asks for, leaving out those the estimate has nothing for. */
    private static List<String> expectedSections(Estimate estimate) {
        List<String> keys = new ArrayList<>(List.of("section.cover", "section.summary"));
        if (!estimate.breakdown().isEmpty()) {
            keys.add("section.breakdown");
            keys.add("section.items");
        }
        if (!estimate.assumptions().isEmpty() || !estimate.exclusions().isEmpty()) {
            keys.add("section.assumptions");
        }
        if (!estimate.risks().isEmpty() || estimate.contingency() != null) {
            keys.add("section.risks");
        }
        if (!estimate.alternatives().isEmpty()) {
            keys.add("section.alternatives");
        }
        keys.add("section.price");
        if (estimate.allItems().anyMatch(dev.estimator.core.model.LineItem::isRecurring)) {
            keys.add("section.recurring");
        }
        String note = estimate.header().revision().note();
        if (note != null && !note.isBlank()) {
            keys.add("section.changes");
        }
        keys.add("section.acceptance");
        keys.add("section.glossary");
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void everyFontIsEmbeddedAndMetadataIsSet(String name, Estimate estimate) {
        for (Audience audience : Audience.values()) {
            PdfReadBack pdf = PdfReadBack.of(export(estimate, audience));
            assertFalse(pdf.fonts.isEmpty(), "no fonts found");
            pdf.fonts.forEach((font, embedded) -> assertTrue(embedded, name + ": font " + font + " is not embedded"));
            assertEquals(estimate.header().title(), pdf.title);
            assertTrue(pdf.author != null && pdf.author.contains(estimate.header().provider().name()), pdf.author);
            assertTrue(pdf.subject != null && pdf.subject.contains(estimate.header().client().name()), pdf.subject);
            assertTrue(pdf.keywords != null && !pdf.keywords.isBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void everyPageSaysPageXOfY(String name, Estimate estimate) {
        PdfReadBack pdf = PdfReadBack.of(export(estimate, Audience.CLIENT));
        String text = pdf.flatText();
        var vocabulary = dev.estimator.export.format.Vocabulary.forLanguage(estimate.header().language());
        for (int page = 1; page <= pdf.pages; page++) {
            String footer = PdfReadBack.flat(vocabulary.text("label.page", page, pdf.pages));
            assertTrue(text.contains(footer), name + ": '" + footer + "' missing");
        }
        assertTrue(pdf.pages > 3, "a full estimate takes several pages, got " + pdf.pages);
    }

    @Test
    void sectionsTheEstimateHasNothingForAreLeftOut() {
        Estimate full = PdfFixtures.estimate("en");
        Estimate bare = new Estimate(full.header().withRevision(dev.estimator.core.model.Revision.first()),
                full.rateCard(), full.breakdown(), null, null, null, null, null, null, null, null, null, null);
        PdfReadBack pdf = PdfReadBack.of(export(bare, Audience.CLIENT));
        assertEquals(List.of("Cover", "1. Executive summary", "2. Scope and cost breakdown",
                "3. How each figure was reached", "4. Risks and contingency", "5. Price, payment and terms", "6. Acceptance",
                "7. Glossary"), pdf.bookmarks);
        String text = pdf.flatText();
        // The risks section stays for the simulated range of the three-point items, with no risk table.
        assertFalse(text.contains("Expected cost of all risks"), "no risks, no risk table");
        for (String absent : List.of("Assumptions and exclusions", "Alternatives side by side",
                "What changed since the previous revision", "Payment schedule")) {
            assertFalse(text.contains(absent), absent);
        }
        assertAmount(text, MoneyFormat.of(full.header().currency(), full.header().effectiveLocale())
                .format(ExportRequest.of(bare, Audience.CLIENT).totals().grandTotal()), "grand total");
    }

    @Test
    void japaneseAndItalianTextExtractsCorrectly() {
        String japanese = PdfReadBack.squeezed(PdfReadBack.of(export(PdfFixtures.estimate("ja"), Audience.CLIENT)).text);
        assertTrue(japanese.contains("商品カタログと検索"), "Japanese item title");
        assertTrue(japanese.contains("各金額の算出根拠"), "Japanese heading");
        assertTrue(japanese.contains("山田アウトドア株式会社"), "Japanese client name");
        String italian = PdfReadBack.of(export(PdfFixtures.estimate("it"), Audience.CLIENT)).flatText();
        assertTrue(italian.contains("Quantità"), "Italian accented label");
        assertTrue(italian.contains("Come è stata ottenuta ogni cifra"), "Italian heading with an accent");
        assertTrue(italian.contains("Sincronizzazione magazzino con l’ERP"), "Italian apostrophe");
    }

    @Test
    void theInternalCopyIsMarkedOnEveryPageAndTheClientsIsNot() {
        Estimate estimate = PdfFixtures.estimate("en");
        String banner = dev.estimator.export.format.Vocabulary.forLanguage("en").text("label.internalOnly");
        PdfReadBack internal = PdfReadBack.of(export(estimate, Audience.INTERNAL));
        int marked = internal.flatText().split(Pattern.quote(banner), -1).length - 1;
        assertEquals(internal.pages, marked, "every internal page carries the banner");
        assertTrue(internal.bookmarks.stream().anyMatch(b -> b.endsWith("Internal figures")), internal.bookmarks.toString());
        PdfReadBack client = PdfReadBack.of(export(estimate, Audience.CLIENT));
        assertFalse(client.flatText().contains(banner));
    }

    @Test
    void writesToTheCallersStreamWithoutClosingIt() throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new PdfExporter().write(ExportRequest.of(PdfFixtures.estimate("en"), Audience.CLIENT), out);
        assertFalse(out.closed, "the caller closes the stream");
        assertTrue(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals("pdf", new PdfExporter().extension());
    }

    @Test
    void anAmountIsOnlyFoundWhole() {
        assertAmount("Totale 1.140,00 €", "1.140,00 €", "whole amount");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertAmount("Totale 21.140,00 €", "1.140,00 €", "part of a longer amount"));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertAmount("Total €1,140.001", "€1,140.00", "followed by a digit"));
    }

    /** The amount stands on its own in the text: not part of a longer number. */
    static void assertAmount(String text, String formatted, String what) {
        String amount = PdfReadBack.flat(formatted);
        Pattern pattern = Pattern.compile("(?<![\\d.,'])" + Pattern.quote(amount) + "(?![\\d])");
        assertTrue(pattern.matcher(text).find(), what + ": " + amount + " not found");
    }

}
