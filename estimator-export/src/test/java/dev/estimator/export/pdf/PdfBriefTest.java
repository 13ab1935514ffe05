package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page after the cover is the whole brief, and the annex starts on the next page. */
class PdfBriefTest {

    /** Every sample, the previous revisions included. */
    static List<Path> samples() {
        return java.util.stream.Stream.concat(Estimates.samples().stream(), Estimates.previousRevisions().stream())
                .toList();
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return PdfReadBack.squeezed(stripper.getText(document));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theBriefIsOnePage(Path sample) throws IOException {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        Phrasing p = Phrasing.of(estimate);
        for (Audience audience : Audience.values()) {
            try (PDDocument document = Loader.loadPDF(PdfExporterTest.export(estimate, audience))) {
                String brief = page(document, 2);
                String next = page(document, 3);
                assertTrue(brief.contains(PdfReadBack.squeezed(p.text("section.summary"))), "page 2 is the brief");
                String last = PdfReadBack.squeezed(p.text("summary.annex"));
                assertTrue(brief.contains(last), sample.getFileName() + ": the brief's last line is on its page");
                assertFalse(next.contains(last), "the brief does not spill over");
                assertTrue(next.contains(PdfReadBack.squeezed(p.text("section.breakdown"))), "the annex starts on page 3");
            }
        }
    }
}
