package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcessionsCliTest {

    static final Path SAMPLE = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");

    @TempDir
    Path dir;

    @Test
    void aNakedDiscountWarnsWithItsLocationAndStrictMakesItAnError() throws Exception {
        Path naked = dir.resolve("naked.yaml");
        Files.writeString(naked, Files.readString(SAMPLE).replace(
                "    inExchangeFor: A published case study and two reference calls with prospective clients in 2027.\n", ""));
        CliRun run = CliRun.of("validate", naked.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*naked\\.yaml:\\d+:\\d+: adjustments\\[0\\]: warning: the discount 'case-study'.*"),
                run.err());
        assertTrue(run.out().contains("valid (1 warning)"), run.out());

        CliRun strict = CliRun.of("validate", "--strict", naked.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, strict.exitCode());
        assertTrue(strict.err().contains("--strict"), strict.err());

        CliRun traded = CliRun.of("validate", "--strict", SAMPLE.toString());
        assertEquals(0, traded.exitCode(), traded.err());
        assertEquals("", traded.err());
    }

    @Test
    void totalsShowTheTradeToTheClientAndTheConcessionLadderInternally() {
        CliRun client = CliRun.of("totals", SAMPLE.toString());
        assertTrue(client.out().contains("in exchange for: A published case study"), client.out());
        assertFalse(client.out().contains("Negotiation log") || client.out().contains("After each concession"), client.out());

        CliRun internal = CliRun.of("totals", SAMPLE.toString(), "--internal");
        assertTrue(internal.out().contains("After each concession"), internal.out());
        assertTrue(internal.out().contains("Negotiation log:"), internal.out());
    }
}
