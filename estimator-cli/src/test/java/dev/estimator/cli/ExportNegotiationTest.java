package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.PriceBasis;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --previous} and {@code export --budget} end to end: the documents carry the bridge
 * and the ways to reach the budget with the core's figures; a previous revision in another
 * currency stops the export with both files named and nothing written; files in the wrong order or
 * unrelated give a warning and the export goes on.
 */
class ExportNegotiationTest {

    @TempDir
    Path dir;

    private static final Path SAMPLE = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");
    private static final Path PREVIOUS = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en-r1.yaml");

    @Test
    void theHtmlPageShowsEveryStepAndEveryWayWithTheCoresFigures() throws IOException {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--previous", PREVIOUS.toString(), "--budget", "115000",
                "--html", "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String page = Jsoup.parse(Files.readString(dir.resolve("eshop-rebuild-en.html"))).text()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        Estimate previous = EstimateFiles.load(PREVIOUS).orThrow().redactedFor(Audience.CLIENT);
        Estimate current = EstimateFiles.load(SAMPLE).orThrow().redactedFor(Audience.CLIENT);
        Phrasing p = Phrasing.of(current);
        RevisionBridge bridge = RevisionBridge.between(previous, current);
        assertTrue(page.contains(p.amount(bridge.previousTotal())), "previous total");
        for (var step : bridge.steps()) {
            assertTrue(page.contains(flat(p.signed(step.amount()))), "step " + step.cause());
            step.reason().ifPresent(reason -> assertTrue(page.contains(reason), "reason " + reason));
        }
        assertTrue(page.contains(flat(p.signed(bridge.difference()))), "difference");
        BudgetFit fit = BudgetFit.search(current, new BigDecimal("115000"), PriceBasis.GROSS, 3, Audience.CLIENT);
        assertTrue(page.contains(flat(p.text("budget.title", p.amount(fit.budget())))), "budget heading");
        for (var way : fit.fits()) {
            assertTrue(page.contains(flat(p.amount(way.amount()))), "way " + way.alternative() + way.dropped());
        }
        assertFalse(page.toLowerCase().contains("walk-away"), "client mode never mentions walk-away");
    }

    @Test
    void anotherCurrencyStopsTheExportNamingBothFilesAndWritesNothing() {
        Path yen = Estimates.repositoryRoot().resolve("samples/mobile-app-ja.yaml");
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--previous", yen.toString(), "-o", dir.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertTrue(run.err().contains(yen.toString()) && run.err().contains(SAMPLE.toString())
                && run.err().contains("JPY") && run.err().contains("EUR"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(0, files(), "nothing was written");
    }

    @Test
    void filesInTheWrongOrderOrUnrelatedWarnAndTheExportGoesOn() throws IOException {
        CliRun swapped = CliRun.of("export", PREVIOUS.toString(), "--previous", SAMPLE.toString(), "--pdf",
                "-o", dir.toString());
        assertEquals(0, swapped.exitCode(), swapped.err());
        assertTrue(swapped.err().contains("warning:") && swapped.err().contains("not higher"), swapped.err());
        assertTrue(Files.exists(dir.resolve("eshop-rebuild-en-r1.pdf")));

        Path unrelated = dir.resolve("unrelated.yaml");
        Files.writeString(unrelated, EstimateFiles.toYaml(Estimates.withItems("EUR",
                Estimates.rateCard("700", null, RatePeriod.DAY), Estimates.priced("ZZ9", "1", "100"))));
        CliRun run = CliRun.of("export", SAMPLE.toString(), "--previous", unrelated.toString(), "--xlsx",
                "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no item, assumption, risk, adjustment or alternative id in common"), run.err());
        assertTrue(Files.exists(dir.resolve("eshop-rebuild-en.xlsx")));
    }

    @Test
    void theOptionsTakeOneFileAndABudgetOfZeroOrMore() {
        CliRun two = CliRun.of("export", SAMPLE.toString(), PREVIOUS.toString(), "--budget", "100", "-o", dir.toString());
        assertEquals(ExitCodes.USAGE, two.exitCode());
        assertTrue(two.err().contains("one estimate file"), two.err());
        CliRun negative = CliRun.of("export", SAMPLE.toString(), "--budget", "-5", "-o", dir.toString());
        assertEquals(ExitCodes.USAGE, negative.exitCode());
        assertEquals(0, files());
    }

    @Test
    void helpNamesBothOptionsWithExamples() {
        String help = CliRun.of("export", "--help").out();
        assertTrue(help.contains("--previous=OLD") && help.contains("--budget=AMOUNT"), help);
        assertTrue(help.contains("estimator export estimate.yaml --previous estimate-r1.yaml"), help);
        assertTrue(help.contains("estimator export estimate.yaml --budget 115000"), help);
    }

    private long files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
