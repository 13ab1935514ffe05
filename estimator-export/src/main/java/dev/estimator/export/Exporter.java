package dev.estimator.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one document format. Implementations never open files themselves: see {@link AtomicFile}. */
public interface Exporter {

    /** The file name extension, without the dot: {@code xlsx}, {@code pdf}. */
    String extension();

    /** Writes the document to {@code out}, which the caller closes. */
    void write(ExportRequest request, OutputStream out) throws IOException;
}
