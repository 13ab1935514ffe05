package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.format.EstimateFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FitCommandTest {

    static List<Path> samples() {
        return Estimates.samples();
    }

    /** 85 % of the sample's grand total, in its currency. */
    static String budget(Path sample, int percent) {
        BigDecimal total = EstimateCalculator.calculate(EstimateFiles.load(sample).orThrow()).grandTotal();
        return total.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(0, RoundingMode.DOWN).toPlainString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void clientListingNeverMentionsWalkAwayOrMargin(Path sample) throws Exception {
        CliRun run = CliRun.of("fit", sample.toString(), "--budget", budget(sample, 85));
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out().toLowerCase(Locale.ROOT);
        assertFalse(out.contains("walk-away") || out.contains("margin") || out.contains("internal"), run.out());
        assertTrue(out.contains("budget"), run.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.of("fit", sample.toString(), "--budget", budget(sample, 85),
                "--json").out());
        assertFalse(json.has("walkAwayPrice"));
        for (JsonNode candidate : json.get("fits")) {
            assertTrue(candidate.get("amount").decimalValue().compareTo(json.get("budget").decimalValue()) <= 0);
            assertFalse(candidate.has("margin"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void internalListingKeepsAboveWalkAway(Path sample) throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("fit", sample.toString(), "--budget", budget(sample, 70),
                "--internal", "--json", "--top", "20").out());
        if (json.has("walkAwayPrice")) {
            BigDecimal walkAway = json.get("walkAwayPrice").decimalValue();
            for (String list : List.of("fits", "nearest")) {
                for (JsonNode candidate : json.get(list)) {
                    assertTrue(candidate.get("net").decimalValue().compareTo(walkAway) >= 0, candidate.toString());
                }
            }
        }
    }

    @Test
    void nothingFitsShowsTheNearestAndTheGap() {
        Path sample = Estimates.samples().getFirst();
        CliRun run = CliRun.of("fit", sample.toString(), "--budget", "1000", "--top", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Nothing fits the budget. The nearest:"), run.out());
        assertTrue(run.out().contains(" over)"), run.out());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        Path sample = Estimates.samples().getFirst();
        assertEquals(ExitCodes.USAGE, CliRun.of("fit", sample.toString(), "--budget", "1000", "--net", "--gross").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("fit", sample.toString(), "--budget", "-1").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("fit", sample.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("fit", sample.toString(), "--budget", "1000", "--top", "0").exitCode());
    }
}
