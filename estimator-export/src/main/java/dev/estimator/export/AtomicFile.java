package dev.estimator.export;

import com.google.common.base.Preconditions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes files all at once or not at all. Each file's content goes to a temporary file beside its
 * target ({@code .NAME.<n>.part}), is flushed to disk, and only when every file of the set is
 * complete are they renamed over their targets, one right after the other. A failure while writing
 * deletes every temporary file and leaves whatever was at the targets untouched, so a workbook and
 * its PDF are always from the same run (only a kill in the instant between the renames could split
 * them). A temporary file is locked while it is written; one left unlocked by a killed run is
 * removed by the next write to that folder.
 */
public final class AtomicFile {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of a set to write together. */
    public record Target(Path path, Content content) {
        public Target {
            Preconditions.checkNotNull(path, "path");
            Preconditions.checkNotNull(content, "content");
        }
    }

    /**
     * Writing a set failed at {@link #target()}. Nothing of the set was written, unless the failure
     * came while renaming: then {@link #replaced()} names the files already replaced by this run.
     */
    public static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path target;
        private final transient List<Path> replaced;

        Failed(Path target, IOException cause) {
            this(target, cause, List.of());
        }

        private Failed(Path target, IOException cause, List<Path> replaced) {
            super(cause.getMessage(), cause);
            this.target = target;
            this.replaced = List.copyOf(replaced);
        }

        public Path target() {
            return target;
        }

        /** The targets this run had already replaced when it failed: usually none. */
        public List<Path> replaced() {
            return replaced;
        }

        /** The underlying failure (permission denied, disk full, ...). */
        public IOException reason() {
            return (IOException) getCause();
        }
    }

    private static final String PART = ".part";

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing it only once the new content is complete
     * and on disk.
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeAll(List.of(new Target(target, content)));
        } catch (Failed e) {
            throw e.reason();
        }
    }

    /**
     * Writes every target, or none: all contents are written to temporary files first, and the
     * targets are replaced only when all are complete.
     *
     * @throws Failed naming the file that could not be written; no target was changed
     */
    public static void writeAll(List<Target> targets) throws Failed {
        Preconditions.checkArgument(!targets.isEmpty(), "no files to write");
        List<Prepared> prepared = new ArrayList<>();
        try {
            for (Target target : targets) {
                prepared.add(prepare(target));
            }
            commitAll(prepared);
        } finally {
            prepared.forEach(Prepared::close);
        }
    }

    /**
     * The first phase of {@link #writeAll}, for callers that produce the files concurrently:
     * writes {@code target}'s content to its complete, locked temporary file. Pass every prepared
     * file of a set to {@link #commitAll}, or {@linkplain Prepared#close() close} them to discard.
     */
    public static Prepared prepare(Target target) throws Failed {
        return Prepared.write(target);
    }

    /**
     * The second phase: renames every prepared file over its target, one right after the other,
     * and discards them all if one cannot be renamed ({@link Failed#replaced()} then names those
     * already renamed).
     */
    public static void commitAll(List<Prepared> prepared) throws Failed {
        Preconditions.checkArgument(prepared.stream().map(p -> p.target.normalize()).distinct().count()
                == prepared.size(), "a file is listed twice: %s", prepared);
        List<Path> replaced = new ArrayList<>();
        try {
            for (Prepared file : prepared) {
                try {
                    file.commit();
                } catch (Failed e) {
                    throw new Failed(e.target(), e.reason(), replaced);
                }
                replaced.add(file.target);
            }
        } finally {
            prepared.forEach(Prepared::close);
        }
    }

    /** A complete temporary file, locked until it is renamed over its target or discarded by {@link #close()}. */
    public static final class Prepared implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private boolean committed;

        private Prepared(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
        }

        /** The file this one will replace. */
        public Path target() {
            return target;
        }

        @Override
        public String toString() {
            return "Prepared[" + target + "]";
        }

        static Prepared write(Target request) throws Failed {
            Path target = request.path().toAbsolutePath();
            Path temp = null;
            FileChannel channel = null;
            try {
                Path dir = target.getParent();
                Files.createDirectories(dir);
                removeStaleParts(dir, target.getFileName().toString());
                temp = Files.createTempFile(dir, "." + target.getFileName() + ".", PART);
                permissions(temp, target);
                channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                channel.lock();
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(new Unclosable(channel)));
                request.content().writeTo(out);
                out.flush();
                channel.force(true);
                return new Prepared(target, temp, channel);
            } catch (IOException e) {
                cleanUp(temp, channel);
                throw new Failed(target, e);
            } catch (RuntimeException | Error e) {
                cleanUp(temp, channel);
                throw e;
            }
        }

        void commit() throws Failed {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
            } catch (IOException e) {
                throw new Failed(target, e);
            }
        }

        /** Discards the temporary file unless it was renamed over its target; releases its lock. */
        @Override
        public void close() {
            cleanUp(committed ? null : temp, channel);
        }

        private static void cleanUp(Path temp, FileChannel channel) {
            try {
                if (channel != null) {
                    channel.close();   // releases the lock
                }
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // Best effort: an unlocked leftover is removed by the next write to this folder.
            }
        }
    }

    /** Removes {@code .NAME.<n>.part} files no live writer holds: leftovers of a killed run. */
    static void removeStaleParts(Path dir, String name) {
        String prefix = "." + name + ".";
        Set<Path> candidates = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> {
            String file = entry.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(PART);
        })) {
            entries.forEach(candidates::add);
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path part : candidates) {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    Files.deleteIfExists(part);
                }
            } catch (OverlappingFileLockException | IOException e) {
                // Being written by this or another process: leave it.
            }
        }
    }

    /**
     * A temporary file is private (owner-only); the document it becomes is not. Keep the
     * permissions of the file being replaced, or give a new file the usual rw-r--r--.
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** The channel stays open (holding its lock) after the exporter closes its stream. */
    private static final class Unclosable implements java.nio.channels.WritableByteChannel {
        private final FileChannel channel;

        Unclosable(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int write(java.nio.ByteBuffer source) throws IOException {
            return channel.write(source);
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // the Prepared closes the channel
        }
    }
}
