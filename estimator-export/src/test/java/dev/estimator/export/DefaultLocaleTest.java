package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.export.format.MoneyFormat;
import dev.estimator.export.pdf.PdfExporter;
import dev.estimator.export.xlsx.WorkbookExporter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine's default locale changes nothing in a document: under ar-EG, fa-IR and th-TH-TH
 * (non-Latin digits), ja-JP and it-IT, the PDF and the workbook are byte for byte those made under
 * en-US, the PDF passes {@code qpdf --check} and holds the grand total. And an estimate whose own
 * locale writes Arabic digits still shows its amounts (the fonts draw Latin digits only).
 */
class DefaultLocaleTest {

    private static final Estimate SAMPLE = EstimateFiles.load(Estimates.samples().getFirst()).orThrow();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-TH", "ja-JP", "it-IT"})
    void documentsDoNotDependOnTheDefaultLocale(String tag, @TempDir Path dir) throws IOException, InterruptedException {
        byte[] pdf = under(Locale.US, () -> pdf(SAMPLE));
        byte[] xlsx = under(Locale.US, () -> xlsx(SAMPLE));
        Locale machine = "th-TH-TH".equals(tag) ? new Locale("th", "TH", "TH") : Locale.forLanguageTag(tag);
        byte[] pdfThere = under(machine, () -> pdf(SAMPLE));
        byte[] xlsxThere = under(machine, () -> xlsx(SAMPLE));
        assertArrayEquals(pdf, pdfThere, "PDF bytes under " + tag);
        assertArrayEquals(xlsx, xlsxThere, "workbook bytes under " + tag);
        qpdfCheck(pdfThere, dir);
        String total = MoneyFormat.of(SAMPLE.header().currency(), SAMPLE.header().effectiveLocale())
                .format(EstimateCalculator.calculate(SAMPLE).grandTotal());
        assertTrue(text(pdfThere).contains(total), () -> "the grand total " + total + " is in the PDF");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-EG", "fa-IR"})
    void anEstimateInALocaleWithArabicDigitsShowsItsAmounts(String tag, @TempDir Path dir) throws Exception {
        Header h = SAMPLE.header();
        Estimate estimate = new Estimate(new Header(h.title(), h.purpose(), h.client(), h.provider(), h.author(),
                h.currency(), h.language(), Locale.forLanguageTag(tag), h.issueDate(), h.validUntil(), h.revision(),
                h.estimateClass(), h.accuracy(), h.reference()), SAMPLE.rateCard(), SAMPLE.breakdown(), SAMPLE.assumptions(),
                SAMPLE.exclusions(), SAMPLE.risks(), SAMPLE.contingency(), SAMPLE.adjustments(), SAMPLE.tax(),
                SAMPLE.milestones(), SAMPLE.terms(), SAMPLE.alternatives(), SAMPLE.internal());
        String total = EstimateCalculator.calculate(estimate).grandTotal().toPlainString();
        String[] parts = total.split("\\.");
        byte[] pdf = pdf(estimate);
        qpdfCheck(pdf, dir);
        String text = text(pdf).replaceAll("[^0-9]", "");
        assertTrue(text.contains(parts[0].substring(parts[0].length() - 3) + parts[1]),
                () -> "the grand total " + total + " appears with Latin digits");
        String amount = MoneyFormat.of(h.currency(), Locale.forLanguageTag(tag)).format(new java.math.BigDecimal("1234.50"));
        assertTrue(amount.matches("[^\\u0660-\\u0669\\u06F0-\\u06F9\\u200E\\u200F\\u202A-\\u202E]*1.234.50[^0-9]*"),
                () -> "Latin digits and no direction marks: " + amount);
    }

    private interface Work {
        byte[] run() throws IOException;
    }

    private static byte[] under(Locale locale, Work work) throws IOException {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return work.run();
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static byte[] pdf(Estimate estimate) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(estimate, Audience.CLIENT), out);
        return out.toByteArray();
    }

    private static byte[] xlsx(Estimate estimate) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(ExportRequest.of(estimate, Audience.CLIENT), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** {@code qpdf --check}, an independent check of the PDF's structure; skipped where qpdf is missing (CI installs it). */
    private static void qpdfCheck(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Optional<Path> qpdf = onPath("qpdf");
        if (qpdf.isEmpty()) {
            org.junit.jupiter.api.Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must install qpdf");
            return;
        }
        Path file = Files.write(dir.resolve("check.pdf"), pdf);
        Process process = new ProcessBuilder(qpdf.get().toString(), "--check", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), () -> "qpdf --check: " + output);
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return Optional.of(Path.of(entry, command));
            }
        }
        return Optional.empty();
    }

    @Test
    void theNeutralLocaleIsRestoredAfterWriting() throws IOException {
        Locale machine = Locale.forLanguageTag("ar-EG");
        under(machine, () -> {
            byte[] pdf = pdf(SAMPLE);
            assertEquals(machine, Locale.getDefault());
            return pdf;
        });
    }
}
