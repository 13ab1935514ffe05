package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments during an export, in a child JVM: the output folder always holds a
 * workbook and a PDF from the same run (both old or both new, never one of each), and after the
 * next complete run no temporary file is left, neither beside the documents nor in the temp folder.
 */
class KillDuringExportTest {

    private static final int KILLS = 4;

    @Test
    void aKilledExportLeavesAMatchingPairAndTheNextRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path first = Files.copy(Estimates.samples().get(0), dir.resolve("quote.yaml"));
        byte[] secondText = Files.readAllBytes(Estimates.samples().get(1));
        Path out = dir.resolve("out");
        List<byte[]> firstPair = export(first, out);          // the "old" documents
        Files.write(first, secondText);
        List<byte[]> secondPair = export(first, out);         // the "new" documents, from another estimate
        Files.write(first, Files.readAllBytes(Estimates.samples().get(0)));
        export(first, out);

        Random random = new Random(14);
        List<Long> killed = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Files.write(first, i % 2 == 0 ? secondText : Files.readAllBytes(Estimates.samples().get(0)));
            Process child = start(first, out);
            Thread.sleep(300 + random.nextInt(2500));
            killed.add(child.pid());
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            byte[] xlsx = Files.readAllBytes(out.resolve("quote.xlsx"));
            byte[] pdf = Files.readAllBytes(out.resolve("quote.pdf"));
            boolean old = Arrays.equals(xlsx, firstPair.get(0)) && Arrays.equals(pdf, firstPair.get(1));
            boolean fresh = Arrays.equals(xlsx, secondPair.get(0)) && Arrays.equals(pdf, secondPair.get(1));
            assertTrue(old || fresh, "kill " + i + ": the workbook and the PDF are from the same run");
        }
        export(first, out);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("quote.pdf", "quote.xlsx"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left after the next run");
        }
        // Where the children keep their scratch folders (not via ExportTempFiles here: that would clean up itself).
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "estimator-" + System.getProperty("user.name"));
        for (long pid : killed) {
            assertTrue(Files.notExists(scratch.resolve("run-" + pid)), "the killed run's scratch folder is removed");
        }
    }

    private static List<byte[]> export(Path file, Path out) throws IOException, InterruptedException {
        Process child = start(file, out);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "export finished");
        assertEquals(0, child.exitValue(), new String(child.getInputStream().readAllBytes()));
        return List.of(Files.readAllBytes(out.resolve("quote.xlsx")), Files.readAllBytes(out.resolve("quote.pdf")));
    }

    private static Process start(Path file, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EstimatorCli.class.getName(),
                "export", file.toString(), "-o", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
