package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One wording everywhere: an alternative's change, a percentage and a rate finer than the
 * currency print the same in the PDF (read with PDFBox), the HTML (read with jsoup) and the
 * {@code totals} table, because all three phrase through {@link Phrasing}.
 */
class OnePhrasingTest {

    @TempDir
    Path dir;

    /** The English sample with one more change: a price per API call finer than the euro's cents. */
    private Path sampleWithAFineRate() throws IOException {
        String yaml = Files.readString(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"));
        String withFineRate = yaml.replace("      - {action: drop, item: P1}\n",
                "      - {action: drop, item: P1}\n      - {action: unit-price, item: P2, unitPrice: 0.0035}\n");
        assertTrue(!withFineRate.equals(yaml), "the sample still has the change this test extends");
        Path file = dir.resolve("fine-rate.yaml");
        Files.writeString(file, withFineRate);
        return file;
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void aChangeAPercentageAndAFineRateReadTheSameInEveryFormat() throws IOException {
        Path file = sampleWithAFineRate();
        Estimate estimate = EstimateFiles.load(file).orThrow();
        Phrasing phrasing = Phrasing.of(estimate);
        List<Change> changes = estimate.alternatives().getFirst().changes();
        Change fine = changes.stream().filter(c -> c instanceof Change.ChangeUnitPrice).findFirst().orElseThrow();
        Change drop = changes.stream().filter(c -> c instanceof Change.Drop).findFirst().orElseThrow();
        List<String> phrases = List.of(phrasing.change(fine), phrasing.change(drop),
                phrasing.percent(estimate.tax().percent()), phrasing.rate(new BigDecimal("0.0035")));
        assertTrue(phrases.get(0).contains("0.0035"), "a fine rate keeps its decimals: " + phrases.get(0));

        Path out = dir.resolve("out");
        CliRun export = CliRun.of("export", file.toString(), "--format", "pdf,html", "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        String pdf;
        try (PDDocument document = Loader.loadPDF(out.resolve("fine-rate.pdf").toFile())) {
            pdf = plain(new PDFTextStripper().getText(document));
        }
        String html = plain(org.jsoup.Jsoup.parse(Files.readString(out.resolve("fine-rate.html"), StandardCharsets.UTF_8)).text());
        CliRun totals = CliRun.of("totals", file.toString());
        assertEquals(0, totals.exitCode(), totals.err());
        String table = plain(totals.out());

        for (String phrase : phrases) {
            String expected = plain(phrase);
            assertTrue(pdf.contains(expected), "PDF lacks '" + expected + "'");
            assertTrue(html.contains(expected), "HTML lacks '" + expected + "'");
            assertTrue(table.contains(expected), "totals lacks '" + expected + "'");
        }
    }
}
