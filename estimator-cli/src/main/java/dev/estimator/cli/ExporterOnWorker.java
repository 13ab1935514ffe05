package dev.estimator.cli;

import dev.estimator.core.concurrent.Futures;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import dev.estimator.export.ExporterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An exporter made and {@linkplain Exporter#prepare() prepared} on a worker while the command's
 * thread reads the estimate. Making one is not free in a fresh process: the PDF exporter loads
 * its theme (the YAML reader, the fonts), which on the command's thread came before the estimate
 * was even opened. Every call waits for the exporter and then goes to it.
 *
 * <p>The workers run tasks in the order they were given, so a write queued after this exporter's
 * preparation never waits on a preparation that no thread has started.
 */
final class ExporterOnWorker implements Exporter {

    private final CompletableFuture<Exporter> exporter;

    private ExporterOnWorker(CompletableFuture<Exporter> exporter) {
        this.exporter = exporter;
    }

    /** Starts making {@code format}'s exporter on {@code workers}. */
    static ExporterOnWorker start(ExporterRegistry.Format format, ExporterRegistry.Options options, Executor workers) {
        return new ExporterOnWorker(CompletableFuture.supplyAsync(() -> {
            Exporter made = format.create(options);
            made.prepare();
            return made;
        }, workers));
    }

    private Exporter exporter() {
        return Futures.joined(exporter);
    }

    @Override
    public String extension() {
        return exporter().extension();
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        exporter().write(request, out);
    }

    @Override
    public List<String> warnings(ExportRequest request) {
        return exporter().warnings(request);
    }

    @Override
    public void prepare() {
        exporter();
    }
}
