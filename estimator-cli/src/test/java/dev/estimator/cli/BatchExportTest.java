package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.estimator.cli.ExportCommandTest.names;

import dev.estimator.core.Estimates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting several files and folders in one run. */
class BatchExportTest {

    @TempDir
    Path dir;

    private Path copy(Path sample, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        return Files.copy(sample, folder.resolve(name));
    }

    @Test
    void aFolderAndAFileAreExportedInOneRunWithASummary() throws IOException {
        Path sample = Estimates.samples().getFirst();
        copy(sample, "a.yaml");
        copy(sample, "b.yml");
        Files.writeString(dir.resolve("in/notes.txt"), "not an estimate");
        Path single = Files.copy(sample, dir.resolve("c.yaml"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("export", dir.resolve("in").toString(), single.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a.pdf", "a.xlsx", "b.pdf", "b.xlsx", "c.pdf", "c.xlsx"), names(out));
        assertEquals(List.of(
                "wrote " + out.resolve("a.xlsx") + " (client)", "wrote " + out.resolve("a.pdf") + " (client)",
                "wrote " + out.resolve("b.xlsx") + " (client)", "wrote " + out.resolve("b.pdf") + " (client)",
                "wrote " + out.resolve("c.xlsx") + " (client)", "wrote " + out.resolve("c.pdf") + " (client)",
                "exported 3 of 3 files to " + out + " (6 documents)"), run.out().lines().toList());
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void oneBadFileDoesNotStopTheOthersAndTheExitCodeSaysSo() throws IOException {
        Path sample = Estimates.samples().getFirst();
        copy(sample, "a.yaml");
        Path broken = dir.resolve("in/broken.yaml");
        Files.writeString(broken, Files.readString(sample).replaceFirst("currency: EUR", "currency: XXX1"));
        copy(sample, "c.yaml");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("export", dir.resolve("in").toString(), "--pdf", "-o", out.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertEquals(List.of("a.pdf", "c.pdf"), names(out));
        assertTrue(run.err().contains("header.currency"), run.err());
        assertTrue(run.err().contains("estimator: " + broken + " is not a valid estimate; nothing was written"), run.err());
        assertTrue(run.err().strip().endsWith("estimator: exported 2 of 3 files to " + out + " (2 documents); 1 failed: "
                + broken), run.err());
    }

    @Test
    void twoFilesOfTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path sample = Estimates.samples().getFirst();
        Path first = copy(sample, "same.yaml");
        Path second = Files.copy(sample, dir.resolve("same.yaml"));
        CliRun run = CliRun.of("export", first.toString(), second.toString(), "--xlsx", "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.IO, run.exitCode());
        assertTrue(run.err().contains(second + " would replace the documents of " + first), run.err());
        assertEquals(List.of("same.xlsx"), names(dir.resolve("out")));
    }

    @Test
    void aFolderWithoutEstimatesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("export", empty.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("estimator: no estimate files (.yaml, .yml, .json) in " + empty + "; nothing was written",
                run.err().strip());
    }

    @Test
    void aBatchWritesTheSameBytesAsSingleExports() throws IOException {
        List<Path> samples = Estimates.samples();
        Path batch = dir.resolve("batch");
        List<String> args = new ArrayList<>(List.of("export", "--audience", "internal", "-o", batch.toString()));
        samples.forEach(s -> args.add(s.toString()));
        assertEquals(0, CliRun.of(args.toArray(String[]::new)).exitCode());
        for (Path sample : samples) {
            Path single = dir.resolve("single");
            assertEquals(0, CliRun.of("export", sample.toString(), "--audience", "internal", "-o", single.toString())
                    .exitCode());
            String base = EstimateExport.baseName(sample) + "-internal.";
            for (String extension : List.of("xlsx", "pdf")) {
                assertArrayEquals(Files.readAllBytes(single.resolve(base + extension)),
                        Files.readAllBytes(batch.resolve(base + extension)), base + extension);
            }
        }
    }

    @Test
    void theProgressLineIsDrawnOnATerminalAndClearedBeforeOtherLines() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        Progress progress = new Progress(err, true, 2);
        progress.advance(Path.of("in/a.yaml"));
        progress.above(() -> err.print("wrote a.pdf\n"));
        progress.finish();
        assertEquals("\r\033[K[1/2] a.yaml\r\033[Kwrote a.pdf\n\r\033[K[1/2] a.yaml\r\033[K", text.toString());
        StringWriter quiet = new StringWriter();
        Progress off = new Progress(new PrintWriter(quiet), false, 2);
        off.advance(Path.of("a.yaml"));
        off.finish();
        assertEquals("", quiet.toString());
    }

    @Test
    void runningOutOfMemoryNamesTheLimitAndHowToRaiseIt() {
        String message = OutOfMemory.message("out of memory: the estimate needs more than Java was given");
        assertTrue(message.matches("out of memory: the estimate needs more than Java was given \\(its maximum heap: "
                + "\\d+ MiB\\); give it more, e\\.g\\. JAVA_TOOL_OPTIONS=-Xmx2g estimator \\.\\.\\."), message);
    }
}
