package dev.estimator.cli;

import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Exports one estimate file: loads and checks it, then writes each requested document
 * atomically, the documents at the same time on {@code formats}. A problem is thrown as a
 * {@link UserError}, after the estimate's own problems are printed on {@code err}.
 *
 * @param exporters  the formats to write, in the order they are reported
 * @param formats    runs the formats' writers (concurrently when it has threads to spare)
 * @param extras     the previous revision and the budget to add to the documents, if any
 */
record EstimateExport(Path file, Audience audience, Path outputDir, List<Exporter> exporters, Executor formats,
                      DocumentExtras extras) {

    /** Estimates this large are written one format after the other, so the peak memory is one document's. */
    static final int CONCURRENT_ITEMS_LIMIT = 20_000;

    EstimateExport {
        exporters = List.copyOf(exporters);
    }

    /** An export with neither a previous revision nor a budget (a batch). */
    EstimateExport(Path file, Audience audience, Path outputDir, List<Exporter> exporters, Executor formats) {
        this(file, audience, outputDir, exporters, formats, DocumentExtras.NONE);
    }

    /** Writes the documents and returns their paths, in the order of {@link #exporters()}. */
    List<Path> run(PrintWriter err) {
        // The documents' pricing starts once only the price checks are left, and those checks read it.
        EarlyPricing early = new EarlyPricing(audience);
        Estimate estimate = EstimateInput.load(file, err, "; nothing was written", early);
        ExportRequest request = extras.apply(early.request(estimate), file, err);
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
        write(request, targets, concurrent ? formats : Runnable::run);
        return targets;
    }

    /**
     * Writes every document, concurrently on {@code executor}, each to a complete temporary file
     * first; only when all are complete do they replace their targets, so a workbook never sits
     * beside an older PDF. When some fail, reports the first in {@link #exporters()} order, so the
     * message does not depend on which thread was faster; nothing is then replaced.
     */
    private void write(ExportRequest request, List<Path> targets, Executor executor) {
        List<CompletableFuture<AtomicFile.Prepared>> writes = new ArrayList<>();
        for (int i = 0; i < exporters.size(); i++) {
            Exporter exporter = exporters.get(i);
            Path target = targets.get(i);
            writes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return AtomicFile.prepare(new AtomicFile.Target(target, stream -> exporter.write(request, stream)));
                } catch (AtomicFile.Failed e) {
                    throw new UserError(ExitCodes.IO, "could not write " + target + ": " + EstimateInput.reason(e.reason())
                            + "; nothing was written and any existing files are unchanged", e);
                }
            }, executor));
        }
        // Every write is over, failed or not, before any prepared file is closed.
        List<AtomicFile.Prepared> prepared = new ArrayList<>();
        CompletableFuture<AtomicFile.Prepared> firstFailed = null;
        for (CompletableFuture<AtomicFile.Prepared> write : writes) {
            write.handle((done, failure) -> null).join(); // waits for it, failed or not
            if (!write.isCompletedExceptionally()) {
                prepared.add(write.join());
            } else if (firstFailed == null) {
                firstFailed = write;
            }
        }
        if (firstFailed != null) {
            prepared.forEach(AtomicFile.Prepared::close);
            Futures.joined(firstFailed); // throws what that write threw, as if it had run on this thread
            throw new IllegalStateException("a failed write came back without its failure");
        }
        try {
            AtomicFile.commitAll(prepared);
        } catch (AtomicFile.Failed e) {
            // Only a failure between two renames leaves a mix: then say which file is from which run.
            String outcome = e.replaced().isEmpty() ? "; nothing was written and any existing files are unchanged"
                    : "; " + e.replaced().stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " already holds this run's version, while " + e.target() + " is unchanged from before";
            throw new UserError(ExitCodes.IO, "could not write " + e.target() + ": " + EstimateInput.reason(e.reason())
                    + outcome, e);
        }
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
