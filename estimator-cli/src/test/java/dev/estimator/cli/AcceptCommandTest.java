package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.acceptance.AcceptanceCode;
import dev.estimator.core.acceptance.ContentHash;
import dev.estimator.core.acceptance.ProposalChoices;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.ClientAcceptance;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * {@code estimator accept}: the round trip from the interactive page (exported by the CLI, clicked
 * in headless Chromium) to the accepted file, whose total is the one the page showed; and every
 * code that does not match the file is refused, with nothing written.
 */
class AcceptCommandTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static Stream<Path> samples() {
        return Estimates.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theClientsClicksBecomeTheAcceptedFileWithTheTotalThePageShowed(Path sample, @TempDir Path folder)
            throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromium-driver are needed (Debian packages chromium, chromium-driver; .ci/run installs them)");
        Path file = Files.copy(sample, folder.resolve("quote.yaml"));
        CliRun export = CliRun.of("export", file.toString(), "--interactive", "-o", folder.toString());
        assertEquals(0, export.exitCode(), export.err());
        Path page = folder.resolve("quote.html");
        assertTrue(Files.exists(page));

        Estimate estimate = EstimateFiles.load(file).orThrow();
        int variant = ProposalChoices.of(estimate).variants().size() - 1;
        String shownTotal;
        String code;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1280,2000");
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            driver.get(page.toUri().toString());
            driver.findElements(By.cssSelector("#proposal-variants input[type=radio]")).get(variant).click();
            List<WebElement> switches = driver.findElements(By.cssSelector("#proposal-items input[type=checkbox]"));
            if (!switches.isEmpty()) {
                switches.getFirst().click();
            }
            shownTotal = driver.findElement(By.cssSelector("#proposal-price tr[data-line=total] td.num")).getText();
            driver.findElement(By.id("proposal-accept")).click();
            code = driver.findElement(By.id("proposal-code")).getText();
        } finally {
            driver.quit();
        }

        Path accepted = folder.resolve("accepted.yaml");
        CliRun run = CliRun.of("accept", file.toString(), "--code", code, "-o", accepted.toString());
        assertEquals(0, run.exitCode(), run.err());
        Estimate written = EstimateFiles.load(accepted).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(written);
        Phrasing p = Phrasing.of(written);
        assertEquals(flat(shownTotal), flat(p.amount(totals.grandTotal())));
        assertTrue(flat(run.out()).contains(flat(shownTotal)), run.out());
        ClientAcceptance acceptance = written.header().revision().accepted();
        assertEquals(totals.grandTotal(), acceptance.total());
        assertEquals(code, acceptance.code());
        assertEquals(LocalDate.of(2026, 11, 24), acceptance.date());
        assertTrue(written.alternatives().isEmpty());
        if (variant > 0) {
            assertEquals(estimate.alternatives().get(variant - 1).name(), acceptance.alternative());
        }

        // The accepted file's PDF states the acceptance: the code and the accepted total.
        CliRun pdf = CliRun.of("export", accepted.toString(), "--pdf", "-o", folder.toString());
        assertEquals(0, pdf.exitCode(), pdf.err());
        try (PDDocument document = Loader.loadPDF(folder.resolve("accepted.pdf").toFile())) {
            String text = flat(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            // A long code may break across lines at its hyphens.
            assertTrue(text.replace(" ", "").contains(code), "the PDF does not show the code " + code);
            assertTrue(text.contains(flat(shownTotal)), "the PDF does not show " + shownTotal);
        }
    }

    @Test
    void aTamperedCodeAnotherRevisionOrAChangedFileIsRefusedAndNothingIsWritten(@TempDir Path folder) throws IOException {
        Path sample = Estimates.samples().getFirst();
        Path file = Files.copy(sample, folder.resolve("quote.yaml"));
        Estimate estimate = EstimateFiles.load(file).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        AcceptanceCode good = new AcceptanceCode(ContentHash.fingerprint(estimate), estimate.header().revision().number(),
                0, BigInteger.ONE.shiftLeft(ProposalChoices.of(estimate).variants().getFirst().optional().size())
                .subtract(BigInteger.ONE), totals.grandTotal().unscaledValue());
        Path out = folder.resolve("out.yaml");

        AcceptanceCode cheaper = new AcceptanceCode(good.fingerprint(), good.revision(), good.variant(), good.keptMask(),
                good.total().subtract(BigInteger.valueOf(100_000)));
        assertRefused(CliRun.of("accept", file.toString(), "--code", cheaper.text(), "-o", out.toString()), "total", out);
        String text = good.text();
        String mistyped = text.substring(0, text.length() - 2) + (text.endsWith("00") ? "11" : "00");
        assertRefused(CliRun.of("accept", file.toString(), "--code", mistyped, "-o", out.toString()), "checksum", out);

        Path previous = Estimates.previousRevisions().stream()
                .filter(r -> Estimates.currentRevisionOf(r).equals(sample)).findFirst().orElseThrow();
        assertRefused(CliRun.of("accept", previous.toString(), "--code", text, "-o", out.toString()), "revision", out);

        Path changed = folder.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("title: ", "title: Changed "), StandardCharsets.UTF_8);
        assertRefused(CliRun.of("accept", changed.toString(), "--code", text, "-o", out.toString()), "changed", out);

        CliRun ok = CliRun.of("accept", file.toString(), "--code", text, "-o", out.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        CliRun again = CliRun.of("accept", file.toString(), "--code", text, "-o", out.toString());
        assertEquals(ExitCodes.IO, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void theDefaultOutputSitsBesideTheFile() {
        assertEquals(Path.of("dir", "quote-accepted.yaml"), AcceptCommand.defaultOutput(Path.of("dir", "quote.yaml")));
    }

    private static void assertRefused(CliRun run, String reason, Path out) {
        assertEquals(ExitCodes.CODE_REFUSED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(reason) && run.err().contains("nothing was written"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out), "a refused code wrote " + out);
    }

    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
