package dev.estimator.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one document format. Implementations never open files themselves: see {@link AtomicFile}. */
public interface Exporter {

    /** The file name extension, without the dot: {@code xlsx}, {@code pdf}. */
    String extension();

    /** Writes the document to {@code out}, which the caller closes. */
    void write(ExportRequest request, OutputStream out) throws IOException;

    /**
     * Does ahead what the first {@link #write} of a process would otherwise do first (loading and
     * initialising the format's library, parsing fonts), so a caller can overlap it with reading
     * the estimate, on another thread. Optional: {@code write} works without it, and calling it
     * again costs next to nothing. Never fails; a real problem shows in {@code write}.
     */
    default void prepare() {
    }
}
