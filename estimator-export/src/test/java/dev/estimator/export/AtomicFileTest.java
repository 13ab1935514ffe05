package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
