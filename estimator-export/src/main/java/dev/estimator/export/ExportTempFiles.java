package dev.estimator.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The exporters' scratch files, in a folder this process owns:
 * {@code <java.io.tmpdir>/estimator-<user>/run-<pid>}. POI's streaming workbook writes its sheets
 * there too, instead of {@code /tmp/poifiles}. A run killed before it cleaned up leaves its folder
 * behind; the next run removes the folders of processes that are no longer alive.
 */
public final class ExportTempFiles {

    private ExportTempFiles() {
    }

    private static final class Holder {
        static final Path FOLDER = create();
    }

    /** This process's scratch folder, created (and POI pointed at it) on first use. */
    public static Path folder() {
        return Holder.FOLDER;
    }

    /** A new empty scratch file in {@link #folder()}. */
    public static Path createFile(String prefix, String suffix) throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);   // a tmp cleaner may have removed it since
        return Files.createTempFile(folder, prefix, suffix);
    }

    private static Path create() {
        Path base = Path.of(System.getProperty("java.io.tmpdir"),
                "estimator-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
                createPrivate(base);
            }
            if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS) || !ownedByUs(base)) {
                // Someone else's folder (or a link) in a shared /tmp: do not write into it.
                base = Files.createTempDirectory("estimator-");
            }
            removeDeadRuns(base);
            Path run = base.resolve("run-" + ProcessHandle.current().pid());
            Files.createDirectories(run);
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(run.resolve("poi").toFile()));
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for temporary files under " + base.getParent(), e);
        }
    }

    private static void createPrivate(Path dir) throws IOException {
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created by a concurrent run: checked by the caller
        }
    }

    private static boolean ownedByUs(Path dir) throws IOException {
        try {
            return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }

    /** Deletes the run folders of processes that are gone (killed before they cleaned up). */
    static void removeDeadRuns(Path base) {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(base, "run-*")) {
            for (Path run : runs) {
                String pid = run.getFileName().toString().substring("run-".length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteTree(run);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: leftovers are only disk space.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
