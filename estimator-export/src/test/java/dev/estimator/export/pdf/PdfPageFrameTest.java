package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Header and footer lines never run over each other or off the page; every page says which it is of how many. */
class PdfPageFrameTest {

    /**
     * The count is only known once the document is laid out (it is filled in when the document
     * closes), yet every page's footer must carry its own number and the final count, in the
     * document's language.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("dev.estimator.core.Estimates#samples")
    void everyPageCarriesItsNumberAndTheFinalCount(java.nio.file.Path sample) throws Exception {
        Estimate estimate = dev.estimator.core.format.EstimateFiles.load(sample).orThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(estimate, Audience.INTERNAL), out);
        var vocabulary = dev.estimator.export.format.Vocabulary.forLanguage(estimate.header().language());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            int count = document.getNumberOfPages();
            assertTrue(count > 3, sample + " has " + count + " pages");
            for (int number = 1; number <= count; number++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String expected = vocabulary.text("label.page", number, count);
                String page = stripper.getText(document);
                assertTrue(page.lines().anyMatch(line -> line.strip().endsWith(expected)),
                        sample + " page " + number + " lacks \"" + expected + "\":\n" + page);
            }
        }
    }

    @Test
    void aVeryLongTitleIsCutWithAnEllipsisInThePageHeader() throws Exception {
        String title = "An extremely long estimate title that goes on ".repeat(8) + "and ends here";
        Estimate estimate = Estimate.builder(title, "EUR", "en")
                .client("ACME", ClientKind.EXTERNAL).provider("Northwind")
                .issued(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20)).estimateClass(3)
                .role("dev", "Developer", "700", null, RatePeriod.DAY)
                .group("g", "Work", LineItem.labour("A", "Build", Quantity.of(3), Unit.DAYS, "dev",
                        Justification.of(Basis.EXPERT_JUDGMENT, "Three days.")))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(estimate, Audience.CLIENT), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String page = stripper.getText(document);
            String header = page.lines().filter(line -> line.contains("Revision 1")).findFirst().orElseThrow();
            assertTrue(header.contains("\u2026"), header);
            assertFalse(page.contains("and ends here"), page);
        }
    }
}
