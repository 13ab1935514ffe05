package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@code estimator-core/src/test/resources/hostile}) through the
 * real commands: each refused file ends validate, totals and export in exit 1 with located messages,
 * no stack trace, within a timeout, and nothing written; each valid extreme is accepted, and a few
 * are exported in full. Devices, pipes, folders and dangling links are refused the same way.
 */
class HostileInputTest {

    /** Extremes that are also exported end to end (the others are validated and totalled). */
    private static final Set<String> EXPORTED = Set.of("ok-base.yaml", "ok-scripts.yaml", "ok-large-amounts.yaml",
            "ok-formula-like-texts.yaml", "ok-three-decimal-currency.yaml", "ok-yen-fraction-rate.yaml",
            "ok-utf16-bom.yaml", "ok-title-at-limit.yaml");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    record Entry(Path file, boolean refused) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static List<Entry> corpus() {
        Path dir = Estimates.repositoryRoot().resolve("estimator-core/src/test/resources/hostile");
        try {
            return Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Entry(dir.resolve(f[0]), "refused".equals(f[1])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommandRefusesOrAcceptsAsExpected(Entry entry, @TempDir Path out) throws IOException {
        String file = entry.file().toString();
        if (entry.refused()) {
            refused(entry.file(), out, "validate", file);
            refused(entry.file(), out, "totals", file);
            refused(entry.file(), out, "export", file, "-o", out.toString());
            return;
        }
        assertEquals(0, run("validate", file).exitCode());
        assertEquals(0, run("totals", file).exitCode());
        if (EXPORTED.contains(entry.toString())) {
            CliRun export = run("export", file, "-o", out.toString());
            assertEquals(0, export.exitCode(), export.err());
            assertNoStackTrace(export);
            try (Stream<Path> written = Files.list(out)) {
                assertEquals(2, written.count(), "the workbook and the PDF");
            }
        }
    }

    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("estimate.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        refused(pipe, dir.resolve("out"), "validate", pipe.toString());
        refused(pipe, dir.resolve("out"), "export", pipe.toString(), "-o", dir.resolve("out").toString());
    }

    @Test
    void devicesFoldersAndDanglingLinksAreRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        for (String device : List.of("/dev/zero", "/dev/urandom", "/dev/null")) {
            if (Files.exists(Path.of(device))) {
                refused(Path.of(device), out, "totals", device);
            }
        }
        refused(dir, out, "validate", dir.toString());
        Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
        CliRun run = refused(link, out, "validate", link.toString());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void anOutputFolderThatIsADanglingLinkIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("nowhere/at/all"));
        CliRun run = run("export", Estimates.samples().getFirst().toString(), "-o", link.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("a link to something that does not exist"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aFileOverTheSizeCapIsRefusedQuickly(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[2 * 1024 * 1024]);
        long start = System.nanoTime();
        var result = EstimateFiles.load(big, 1024 * 1024);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "well under a second");
        assertTrue(result.problems().getFirst().message().contains("over the limit of 1 MiB"), result.problems().toString());
        assertEquals(128L * 1024 * 1024, EstimateInput.maxInputBytes(null));
        assertEquals(300L * 1024 * 1024, EstimateInput.maxInputBytes("300"));
        assertThrows(UserError.class, () -> EstimateInput.maxInputBytes("lots"));
    }

    /** The location a problem line starts with: the file, then line:column when the problem has a place. */
    private static final Pattern LOCATED = Pattern.compile("^.+?(:\\d+:\\d+)?: .+");

    private static CliRun refused(Path file, Path out, String... args) throws IOException {
        CliRun run = run(args);
        String command = String.join(" ", args);
        assertEquals(1, run.exitCode(), () -> command + "\n" + run.err());
        assertNoStackTrace(run);
        for (String line : run.err().lines().toList()) {
            assertTrue(LOCATED.matcher(line).matches() && (line.startsWith(file.toString()) || line.startsWith("estimator:")),
                    () -> "a located message: " + line);
        }
        if (Files.exists(out)) {
            try (Stream<Path> written = Files.list(out)) {
                assertEquals(List.of(), written.toList(), "nothing written");
            }
        }
        return run;
    }

    private static void assertNoStackTrace(CliRun run) {
        for (String text : List.of(run.out(), run.err())) {
            assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("internal error"),
                    () -> "no stack trace or internal error:\n" + text);
        }
    }

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(TIMEOUT, () -> CliRun.of(args));
    }
}
