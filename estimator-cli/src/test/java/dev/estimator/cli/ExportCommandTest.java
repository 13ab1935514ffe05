package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's contract; the documents themselves are tested in estimator-export. */
class ExportCommandTest {

    @TempDir
    Path dir;

    /** The names in {@code folder}, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withNoFormatOptionBothDocumentsAreWrittenNamedAfterTheFile() throws IOException {
        Path sample = Estimates.samples().getFirst();
        String base = sample.getFileName().toString().replace(".yaml", "");
        CliRun run = CliRun.of("export", sample.toString(), "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(base + ".pdf", base + ".xlsx"), names(dir));
        assertTrue(new String(Files.readAllBytes(dir.resolve(base + ".pdf")), 0, 5, StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void formatAndAudienceOptionsChooseWhatIsWritten() throws IOException {
        Path sample = Estimates.samples().getFirst();
        String base = sample.getFileName().toString().replace(".yaml", "");
        assertEquals(0, CliRun.of("export", sample.toString(), "--xlsx", "--audience", "internal", "-o", dir.toString())
                .exitCode());
        assertEquals(List.of(base + "-internal.xlsx"), names(dir));
        CliRun bad = CliRun.of("export", sample.toString(), "--audience", "boss", "-o", dir.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("'boss' is not an audience; use client or internal"), bad.err());
    }

    @Test
    void formatTakesAListOfRegisteredFormatsAndRefusesOthers() throws IOException {
        Path sample = Estimates.samples().getFirst();
        String base = sample.getFileName().toString().replace(".yaml", "");
        CliRun run = CliRun.of("export", sample.toString(), "--format", "PDF", "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(base + ".pdf"), names(dir));
        CliRun both = CliRun.of("export", sample.toString(), "-f", "pdf,xlsx", "--pdf", "-o", dir.resolve("both").toString());
        assertEquals(0, both.exitCode(), both.err());
        assertEquals(List.of(base + ".pdf", base + ".xlsx"), names(dir.resolve("both")));
        CliRun bad = CliRun.of("export", sample.toString(), "--format", "pdf,docx", "-o", dir.resolve("bad").toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("'docx' is not a format; use xlsx, pdf, html"), bad.err());
        assertTrue(Files.notExists(dir.resolve("bad")), "nothing is written for a wrong command line");
    }

    @Test
    void anInvalidEstimateWritesNothingAndLeavesExistingFilesAlone() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Estimates.samples().getFirst()).replaceFirst("currency: EUR", "currency: XXX1"));
        Path existing = dir.resolve("broken.pdf");
        Files.writeString(existing, "previous version");
        CliRun run = CliRun.of("export", broken.toString(), "-o", dir.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertTrue(run.err().contains("header.currency"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertEquals(List.of("broken.pdf", "broken.yaml"), names(dir));
        assertEquals("previous version", Files.readString(existing));
    }

    @Test
    void aTargetThatCannotBeReplacedIsAPlainErrorWithNoPartialFile() throws IOException {
        Path sample = Estimates.samples().getFirst();
        String base = sample.getFileName().toString().replace(".yaml", "");
        // The PDF is blocked: the workbook must not be written either (no half an export).
        Path blocker = dir.resolve(base + ".pdf");
        Files.createDirectories(blocker.resolve("not-empty"));
        CliRun run = CliRun.of("export", sample.toString(), "-o", dir.toString());
        assertEquals(ExitCodes.IO, run.exitCode());
        assertEquals("estimator: could not write " + blocker + ": a folder of that name is in the way; nothing was written",
                run.err().strip());
        assertEquals(List.of(base + ".pdf"), names(dir));
        assertTrue(Files.isDirectory(blocker.resolve("not-empty")));
    }

    @Test
    void charactersNoFontCanDrawAreNamedNotSilentlyDropped() throws IOException {
        Path sample = dir.resolve("emoji.yaml");
        Files.writeString(sample, Files.readString(Estimates.samples().getFirst())
                .replaceFirst("(?m)^(  title: .*)$", "$1 \uD83D\uDE80"));
        CliRun run = CliRun.of("export", sample.toString(), "--pdf", "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("estimator: note: the PDF's fonts cannot draw \uD83D\uDE80; these characters are left out of the PDF",
                run.err().strip());
        assertTrue(CliRun.of("export", Estimates.samples().getFirst().toString(), "--pdf", "-o", dir.toString())
                .err().isEmpty());
    }

    @Test
    void anOutputOptionNamingAFileIsAPlainError() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun run = CliRun.of("export", Estimates.samples().getFirst().toString(), "-o", file.toString());
        assertEquals(ExitCodes.IO, run.exitCode());
        assertEquals("estimator: " + file + " is a file, not a folder; give -o a folder to write into", run.err().strip());
        CliRun fresh = CliRun.of("new", "--template", "website", "-o", dir.toString(), "--force");
        assertEquals(ExitCodes.IO, fresh.exitCode());
        assertTrue(fresh.err().contains(" is a folder; give -o the name of the file to write"), fresh.err());
    }

    @Test
    void aBadThemeFileIsAPlainError() throws IOException {
        Path theme = dir.resolve("theme.yaml");
        Files.writeString(theme, "colours: [unclosed");
        CliRun run = CliRun.of("export", Estimates.samples().getFirst().toString(), "--pdf", "--theme", theme.toString(),
                "-o", dir.toString());
        assertEquals(ExitCodes.IO, run.exitCode(), run.err());
        assertTrue(run.err().contains("theme.yaml"), run.err());
        assertEquals(List.of("theme.yaml"), names(dir));
    }
}
