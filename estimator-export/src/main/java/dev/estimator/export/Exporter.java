package dev.estimator.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one document format. Implementations never open files themselves: see {@link AtomicFile}.
 *
 * <p>The contract every exporter keeps (and {@code ExporterContractTest} checks for each one in
 * {@link ExporterRegistry}): a client request's output holds nothing internal; the same request
 * gives the same bytes; the grand total it shows is the calculator's.
 */
public interface Exporter {

    /** The file name extension, without the dot: {@code xlsx}, {@code pdf}, {@code html}. */
    String extension();

    /** Writes the document to {@code out}, which the caller closes. */
    void write(ExportRequest request, OutputStream out) throws IOException;

    /**
     * What the user should know before this document is written, in plain words: for example the
     * characters no font of the PDF can draw, which the PDF leaves out. Empty when all is well.
     */
    default List<String> warnings(ExportRequest request) {
        return List.of();
    }

    /**
     * Does ahead what the first {@link #write} of a process would otherwise do first (loading and
     * initialising the format's library, parsing fonts), so a caller can overlap it with reading
     * the estimate, on another thread. Optional: {@code write} works without it, and calling it
     * again costs next to nothing. Never fails; a real problem shows in {@code write}.
     */
    default void prepare() {
    }
}
