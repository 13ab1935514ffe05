package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.LeakCanaries;
import dev.estimator.export.NegotiationSamples;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.format.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing internal reaches the client's PDF: not in the text, the metadata, the bookmarks, any
 * string or any (decoded) stream. The internal PDF of the same estimate does show the values,
 * so the search itself is proven able to find them.
 */
class PdfLeakTest {

    private static final List<BigDecimal> CANARY_AMOUNTS = List.of(PdfFixtures.CANARY_TARGET,
            PdfFixtures.CANARY_WALK_AWAY, PdfFixtures.CANARY_ROLE_COST, PdfFixtures.CANARY_UNIT_COST);

    /** Every spelling of a canary the exporter or a reader might produce. */
    private static List<String> spellings(Estimate estimate) {
        Header header = estimate.header();
        List<MoneyFormat> formats = List.of(MoneyFormat.of(header.currency(), header.effectiveLocale()),
                MoneyFormat.of(header.currency(), Locale.ITALY), MoneyFormat.of(header.currency(), Locale.US));
        List<String> spellings = new ArrayList<>(List.of(PdfFixtures.CANARY_NOTES));
        for (BigDecimal value : CANARY_AMOUNTS) {
            spellings.add(value.toPlainString());
            spellings.add(value.toPlainString().replace('.', ','));
            for (MoneyFormat format : formats) {
                spellings.add(PdfReadBack.flat(format.format(value)));
                spellings.add(PdfReadBack.flat(format.formatPlain(value)));
            }
        }
        return spellings;
    }

    /** Text, every string and decoded stream, bookmarks, metadata and the raw bytes of a PDF. */
    private static String searchable(byte[] pdf) {
        PdfReadBack read = PdfReadBack.of(pdf);
        return PdfReadBack.flat(read.everything) + "\n" + String.join("\n", read.bookmarks) + "\n"
                + read.title + read.author + read.subject + read.keywords + "\n"
                + new String(pdf, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theClientsCopyHoldsNoInternalValueInAnyForm() {
        Estimate estimate = PdfFixtures.canary();
        String searchable = searchable(PdfExporterTest.export(estimate, Audience.CLIENT));
        assertTrue(searchable.contains(estimate.header().title()), "the search sees the document's text");
        for (String spelling : spellings(estimate)) {
            assertFalse(searchable.contains(spelling), "the client's PDF contains " + spelling);
        }
    }

    @Test
    void theInternalCopyShowsTheSameValues() {
        Estimate estimate = PdfFixtures.canary();
        String text = searchable(PdfExporterTest.export(estimate, Audience.INTERNAL));
        assertTrue(text.contains(PdfFixtures.CANARY_NOTES), "internal notes");
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        for (BigDecimal value : CANARY_AMOUNTS) {
            assertTrue(text.contains(PdfReadBack.flat(money.format(value))), "internal figure " + value);
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> negotiationCases() {
        return NegotiationSamples.arguments();
    }

    /** Every sample with its previous revision and a budget: the client's PDF still holds nothing internal. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiationCases")
    void theClientsCopyWithPreviousAndBudgetHoldsNoInternalValue(NegotiationSamples.Case sample) throws IOException {
        ExportRequest client = sample.request(Audience.CLIENT, LeakCanaries::canary);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(client, pdf);
        String searchable = searchable(pdf.toByteArray());
        Phrasing p = Phrasing.of(client.estimate());
        assertTrue(searchable.contains(PdfReadBack.flat(p.text("section.changes"))), "the bridge is in the PDF");
        assertTrue(searchable.contains(PdfReadBack.flat(p.amount(client.budget().orElseThrow().budget()))),
                "the budget section is in the PDF");
        for (String spelling : LeakCanaries.spellings(sample.request(Audience.INTERNAL, LeakCanaries::canary))) {
            assertFalse(searchable.contains(PdfReadBack.flat(spelling)), "the client's PDF contains " + spelling);
        }
    }
}
