package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void aFailureMidwayLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("estimate.pdf");
        byte[] original = "the client's signed copy".getBytes(StandardCharsets.UTF_8);
        Files.write(target, original);
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(original, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureWithNoExistingFileLeavesNothing() throws IOException {
        Path target = dir.resolve("new.xlsx");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void successReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("estimate.xlsx");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        AtomicFile.write(dir.resolve("sub/fresh.pdf"), out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sub/fresh.pdf"))));
    }

    @Test
    void aSetIsWrittenWhollyOrNotAtAll() throws IOException {
        Path workbook = dir.resolve("quote.xlsx");
        Path pdf = dir.resolve("quote.pdf");
        Files.writeString(workbook, "old workbook");
        Files.writeString(pdf, "old pdf");
        AtomicFile.Failed failure = assertThrows(AtomicFile.Failed.class, () -> AtomicFile.writeAll(List.of(
                new AtomicFile.Target(workbook, out -> out.write("new workbook".getBytes(StandardCharsets.UTF_8))),
                new AtomicFile.Target(pdf, out -> {
                    out.write("half a pdf".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))));
        assertEquals(pdf.toAbsolutePath(), failure.target());
        assertEquals("No space left on device", failure.reason().getMessage());
        assertEquals("old workbook", Files.readString(workbook), "the complete workbook did not replace the old one");
        assertEquals("old pdf", Files.readString(pdf));
        assertEquals(List.of(pdf, workbook), files(), "no temporary file is left");

        AtomicFile.writeAll(List.of(new AtomicFile.Target(workbook, out -> out.write('W')),
                new AtomicFile.Target(pdf, out -> out.write('P'))));
        assertEquals("W", Files.readString(workbook));
        assertEquals("P", Files.readString(pdf));
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextWrite() throws IOException {
        Path target = dir.resolve("quote.pdf");
        Path stale = Files.writeString(dir.resolve(".quote.pdf.123456.part"), "left by kill -9");
        Path unrelated = Files.writeString(dir.resolve(".other.pdf.1.part"), "another file's");
        AtomicFile.write(target, out -> out.write('x'));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(unrelated), "only this target's leftovers are removed");
    }

    @Test
    void aTemporaryFileBeingWrittenIsLeftAlone() throws IOException {
        Path target = dir.resolve("quote.pdf");
        Path busy = Files.writeString(dir.resolve(".quote.pdf.777.part"), "being written");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(busy,
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            AtomicFile.write(target, out -> out.write('x'));
            assertTrue(Files.exists(busy), "a locked temporary file belongs to a live writer");
        }
    }

    @Test
    void aFailureWhileRenamingSaysWhichFilesAreFromThisRun() throws IOException {
        Path workbook = dir.resolve("quote.xlsx");
        Path blocked = dir.resolve("quote.pdf");
        Files.createDirectories(blocked.resolve("in-the-way"));
        AtomicFile.Failed failure = assertThrows(AtomicFile.Failed.class, () -> AtomicFile.writeAll(List.of(
                new AtomicFile.Target(workbook, out -> out.write('W')),
                new AtomicFile.Target(blocked, out -> out.write('P')))));
        assertEquals(blocked.toAbsolutePath(), failure.target());
        assertEquals(List.of(workbook.toAbsolutePath()), failure.replaced());
        assertEquals(List.of(blocked, workbook), files(), "no temporary file is left");
    }
}
