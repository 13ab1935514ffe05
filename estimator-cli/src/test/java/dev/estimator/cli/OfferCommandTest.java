package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estimator.core.Estimates;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English sample: quoted net 105,436.81; target 106,000 (above the quote, so the quote is what
 * is accepted); walk-away 97,000; largest discount 8 % (net 97,001.87 at most off).
 */
class OfferCommandTest {

    static final Path SAMPLE = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");

    @ParameterizedTest(name = "{0} net: exit {1}")
    @CsvSource({
            "96999.99, 11, decline",     // just below walk-away
            "97000, 10, counter",        // at walk-away, beyond the largest discount
            "97000.01, 10, counter",     // just above walk-away
            "97001.86, 10, counter",     // just beyond the largest discount
            "97001.87, 10, counter",     // at the largest discount, under the quote
            "105436.80, 10, counter",    // just under the quote
            "105436.81, 0, accept",      // the quote itself
    })
    void verdictIsTheExitCode(String price, int exitCode, String verdict) throws Exception {
        CliRun run = CliRun.of("offer", SAMPLE.toString(), "--price", price, "--net", "--json");
        assertEquals(exitCode, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(verdict, json.get("verdict").asText());
        assertEquals(0, new BigDecimal(price).compareTo(json.get("offeredNet").decimalValue()));
        assertEquals(new BigDecimal(price).compareTo(new BigDecimal("97000")) >= 0, json.get("atOrAboveWalkAway").asBoolean());
    }

    @Test
    void readableReportShowsDiscountMarginAndCounters() {
        CliRun run = CliRun.of("offer", SAMPLE.toString(), "--price", "120000");
        assertEquals(ExitCodes.OFFER_COUNTER, run.exitCode(), run.err());
        assertTrue(run.out().contains("Implied discount: 7,875.84 (7.47 % of the quoted net)"), run.out());
        assertTrue(run.out().contains("Margin at that price:"), run.out());
        assertTrue(run.out().contains("Verdict: counter"), run.out());
        assertTrue(run.out().contains("Counters that reach the offer"), run.out());
    }

    @Test
    void anAlternativeAndBadInputs() {
        CliRun lean = CliRun.of("offer", SAMPLE.toString(), "--price", "90000", "--alternative", "lean");
        assertTrue(lean.out().contains("the alternative Lean launch"), lean.out());
        assertEquals(ExitCodes.USAGE, CliRun.of("offer", SAMPLE.toString(), "--price", "90000", "--alternative", "nope").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("offer", SAMPLE.toString(), "--price", "90000.001").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("offer", SAMPLE.toString(), "--price", "-5").exitCode());
        assertTrue(CliRun.of("offer", "--help").out().contains("10 counter"));
    }
}
