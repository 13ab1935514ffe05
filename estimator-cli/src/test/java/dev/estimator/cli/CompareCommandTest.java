package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.RatePeriod;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompareCommandTest {

    @TempDir
    Path dir;

    static List<Path> previousRevisions() {
        return Estimates.previousRevisions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("previousRevisions")
    void tableShowsEveryStepWithItsReasonAndNothingInternal(Path previous) {
        Path current = Estimates.currentRevisionOf(previous);
        CliRun run = CliRun.of("compare", previous.toString(), current.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("why: "), run.out());
        assertTrue(run.out().contains("grand total"), run.out());
        assertFalse(run.out().contains("Internal") || run.out().contains("margin"), run.out());

        CliRun internal = CliRun.of("compare", previous.toString(), current.toString(), "--internal");
        assertTrue(internal.out().contains("Internal (not for the client)"), internal.out());
        assertTrue(internal.out().contains("Margin"), internal.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("previousRevisions")
    void jsonStepsAddUpToTheDifferenceBetweenTheCalculatorsTotals(Path previous) throws Exception {
        Path current = Estimates.currentRevisionOf(previous);
        CliRun run = CliRun.of("compare", previous.toString(), current.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        BigDecimal before = EstimateCalculator.calculate(EstimateFiles.load(previous).orThrow()).grandTotal();
        BigDecimal after = EstimateCalculator.calculate(EstimateFiles.load(current).orThrow()).grandTotal();
        assertEquals(0, before.compareTo(json.get("previous").get("total").decimalValue()));
        assertEquals(0, after.compareTo(json.get("current").get("total").decimalValue()));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode step : json.get("steps")) {
            sum = sum.add(step.get("amount").decimalValue());
            assertTrue(step.has("reason"), step.toString());
            assertFalse(step.has("marginChange"), "client JSON carries no margin");
        }
        assertEquals(0, after.subtract(before).compareTo(sum));
        assertFalse(json.has("internal"));
        JsonNode internal = new ObjectMapper().readTree(
                CliRun.of("compare", previous.toString(), current.toString(), "--json", "--internal").out());
        assertTrue(internal.has("internal"));
    }

    @Test
    void differentCurrenciesAreAnError() {
        Path euros = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");
        Path yen = Estimates.repositoryRoot().resolve("samples/mobile-app-ja.yaml");
        CliRun run = CliRun.of("compare", euros.toString(), yen.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertTrue(run.err().contains("EUR") && run.err().contains("JPY") && run.err().contains("one currency"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void filesInTheWrongOrderOrUnrelatedGiveWarningsButWork() throws Exception {
        Path previous = Estimates.previousRevisions().getFirst();
        Path current = Estimates.currentRevisionOf(previous);
        CliRun swapped = CliRun.of("compare", current.toString(), previous.toString());
        assertEquals(0, swapped.exitCode());
        assertTrue(swapped.err().contains("warning:") && swapped.err().contains("not higher"), swapped.err());

        Path unrelated = dir.resolve("unrelated.yaml");
        Files.writeString(unrelated, EstimateFiles.toYaml(Estimates.withItems("EUR",
                Estimates.rateCard("700", null, RatePeriod.DAY), Estimates.priced("ZZ9", "1", "100"))));
        CliRun run = CliRun.of("compare", unrelated.toString(), current.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no item, assumption, risk, adjustment or alternative id in common"), run.err());
    }

    @Test
    void helpHasExamples() {
        CliRun run = CliRun.of("compare", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("estimator compare samples/eshop-rebuild-en-r1.yaml"), run.out());
        assertTrue(CliRun.of("--help").out().contains("  compare "));
    }
}
