package dev.estimator.cli;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Exports one estimate file: loads and checks it, then writes each requested document
 * atomically, the documents at the same time on {@code formats}. A problem is thrown as a
 * {@link UserError}, after the estimate's own problems are printed on {@code err}.
 *
 * @param exporters  the formats to write, in the order they are reported
 * @param formats    runs the formats' writers (concurrently when it has threads to spare)
 */
record EstimateExport(Path file, Audience audience, Path outputDir, List<Exporter> exporters, Executor formats) {

    /** Estimates this large are written one format after the other, so the peak memory is one document's. */
    static final int CONCURRENT_ITEMS_LIMIT = 20_000;

    EstimateExport {
        exporters = List.copyOf(exporters);
    }

    /** Writes the documents and returns their paths, in the order of {@link #exporters()}. */
    List<Path> run(PrintWriter err) {
        Estimate estimate = EstimateInput.load(file, err, "; nothing was written");
        ExportRequest request = ExportRequest.of(estimate, audience);
        List<Path> targets = exporters.stream().map(this::target).toList();
        // Check every target before writing any, so a blocked second file cannot leave half an export.
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw new UserError(ExitCodes.IO, "could not write " + target + ": a folder of that name is in the way; "
                        + "nothing was written");
            }
        }
        for (Exporter exporter : exporters) {
            for (String warning : exporter.warnings(request)) {
                err.println("estimator: note: " + warning);
            }
        }
        boolean concurrent = itemCount(estimate) <= CONCURRENT_ITEMS_LIMIT;
        write(request, targets, concurrent, formats);
        return targets;
    }

    /**
     * Writes every document all or nothing ({@link AtomicFile#writeAll}): no target is replaced
     * until every document is complete on disk, so a workbook never sits beside an older PDF.
     * Small estimates are rendered concurrently on {@code executor} into memory first; large ones
     * stream straight to their temporary files, one after the other. When several fail, the
     * first in {@link #exporters()} order is reported, whichever thread was faster.
     */
    private void write(ExportRequest request, List<Path> targets, boolean concurrent, Executor executor) {
        List<AtomicFile.Target> files = new ArrayList<>();
        if (concurrent) {
            List<CompletableFuture<byte[]>> documents = new ArrayList<>();
            for (int i = 0; i < exporters.size(); i++) {
                Exporter exporter = exporters.get(i);
                Path target = targets.get(i);
                documents.add(CompletableFuture.supplyAsync(() -> {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
                    try {
                        exporter.write(request, bytes);
                    } catch (IOException e) {
                        throw new UserError(ExitCodes.IO, "could not write " + target + ": " + EstimateInput.reason(e)
                                + "; nothing was written and any existing files are unchanged", e);
                    }
                    return bytes.toByteArray();
                }, executor));
            }
            for (int i = 0; i < documents.size(); i++) {
                byte[] document;
                try {
                    document = documents.get(i).join();
                } catch (CompletionException e) {
                    throw rethrow(e.getCause());
                }
                files.add(new AtomicFile.Target(targets.get(i), out -> out.write(document)));
            }
        } else {
            for (int i = 0; i < exporters.size(); i++) {
                Exporter exporter = exporters.get(i);
                files.add(new AtomicFile.Target(targets.get(i), out -> exporter.write(request, out)));
            }
        }
        try {
            AtomicFile.writeAll(files);
        } catch (AtomicFile.Failed e) {
            // Only a failure between two renames leaves a mix: then say which file is from which run.
            String outcome = e.replaced().isEmpty() ? "; nothing was written and any existing files are unchanged"
                    : "; " + String.join(", ", e.replaced().stream().map(Path::toString).toList())
                    + " already holds this run's version, while " + e.target() + " is unchanged from before";
            throw new UserError(ExitCodes.IO, "could not write " + e.target() + ": " + EstimateInput.reason(e.reason())
                    + outcome, e);
        }
    }

    /** {@code failure} unchanged, so the CLI maps it as if it had been thrown on this thread. */
    static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    private static int itemCount(Estimate estimate) {
        return (int) estimate.breakdown().stream().flatMap(dev.estimator.core.model.Group::allItems).count();
    }

    Path target(Exporter exporter) {
        return outputDir.resolve(baseName(file) + (audience == Audience.INTERNAL ? "-internal" : "") + "." + exporter.extension());
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
