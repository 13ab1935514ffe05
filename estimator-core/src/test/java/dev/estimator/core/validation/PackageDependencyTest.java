package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The file format uses validation; validation must not use the file format (no package cycle). */
class PackageDependencyTest {

    @Test
    void validationDoesNotDependOnTheFileFormat() throws IOException {
        Path sources = Path.of("src/main/java/dev/estimator/core/validation");
        List<String> offenders;
        try (Stream<Path> files = Files.list(sources)) {
            offenders = files.filter(f -> read(f).contains("dev.estimator.core.format"))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
