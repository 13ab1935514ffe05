package dev.estimator.cli;

import dev.estimator.core.model.Audience;
import dev.estimator.export.Exporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Exports many estimate files in one process, several at a time on {@code workers}. One bad file
 * does not stop the others: each file's result is printed in the order the files were given, a
 * summary follows, and the exit code is the most serious failure's (0 when none failed).
 */
final class BatchExport {

    private final List<Path> files;
    private final Audience audience;
    private final Path outputDir;
    private final List<Exporter> exporters;
    private final ExecutorService workers;

    BatchExport(List<Path> files, Audience audience, Path outputDir, List<Exporter> exporters, ExecutorService workers) {
        this.files = List.copyOf(files);
        this.audience = audience;
        this.outputDir = outputDir;
        this.exporters = List.copyOf(exporters);
        this.workers = workers;
    }

    /** What became of one file: the documents written, or the failure; and what it printed meanwhile. */
    private record Outcome(Path file, List<Path> written, UserError failure, String printed) {
    }

    int run(PrintWriter out, PrintWriter err, Progress progress) {
        Map<String, Path> firstByName = new HashMap<>();
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (Path file : files) {
            Path earlier = firstByName.putIfAbsent(EstimateExport.baseName(file), file);
            if (earlier != null) {
                outcomes.add(CompletableFuture.completedFuture(new Outcome(file, List.of(), new UserError(ExitCodes.IO,
                        file + " would replace the documents of " + earlier + ", which has the same name; "
                                + "nothing was written for it; export them to different folders"), "")));
                continue;
            }
            // Each file writes its formats in turn: the files themselves keep the workers busy.
            EstimateExport export = new EstimateExport(file, audience, outputDir, exporters, Runnable::run);
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                Outcome outcome = export(export);
                progress.advance(file);
                return outcome;
            }, workers));
        }
        int written = 0;
        int documents = 0;
        int exitCode = ExitCodes.OK;
        List<Path> failed = new ArrayList<>();
        for (CompletableFuture<Outcome> future : outcomes) {
            Outcome outcome = future.join();
            progress.above(() -> print(outcome, out, err));
            if (outcome.failure() == null) {
                written++;
                documents += outcome.written().size();
            } else {
                failed.add(outcome.file());
                exitCode = moreSerious(exitCode, outcome.failure().exitCode());
            }
        }
        progress.finish();
        String summary = "exported " + written + " of " + files.size() + " files to " + outputDir
                + " (" + documents + (documents == 1 ? " document)" : " documents)");
        if (failed.isEmpty()) {
            out.println(summary);
        } else {
            err.println("estimator: " + summary + "; " + failed.size() + " failed: "
                    + String.join(", ", failed.stream().map(Path::toString).toList()));
        }
        if (audience == Audience.INTERNAL && written > 0) {
            out.println(ExportCommand.INTERNAL_NOTE);
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /** Runs one file's export, keeping what it prints so files running side by side do not mix their lines. */
    private static Outcome export(EstimateExport export) {
        StringWriter printed = new StringWriter();
        PrintWriter err = new PrintWriter(printed);
        try {
            return new Outcome(export.file(), export.run(err), null, printed.toString());
        } catch (UserError e) {
            return new Outcome(export.file(), List.of(), e, printed.toString());
        } catch (OutOfMemoryError e) {
            // The other files may still fit: this one's memory is free again once it has failed.
            return new Outcome(export.file(), List.of(), new UserError(ExitCodes.OUT_OF_MEMORY,
                    OutOfMemory.message("out of memory: " + export.file() + " needs more than Java was given"), e),
                    printed.toString());
        } catch (RuntimeException e) {
            return new Outcome(export.file(), List.of(), new UserError(ExitCodes.INTERNAL, "internal error exporting "
                    + export.file() + " (" + e + "). This is a bug in Estimator; please report it with the file.", e),
                    printed.toString());
        }
    }

    private void print(Outcome outcome, PrintWriter out, PrintWriter err) {
        err.print(outcome.printed());
        if (outcome.failure() != null) {
            err.println("estimator: " + outcome.failure().getMessage());
            if (outcome.failure().exitCode() == ExitCodes.INTERNAL && System.getenv("ESTIMATOR_DEBUG") != null) {
                outcome.failure().getCause().printStackTrace(err);
            }
        }
        for (Path target : outcome.written()) {
            out.println("wrote " + target + " (" + audience.name().toLowerCase(Locale.ROOT) + ")");
        }
        out.flush();
        err.flush();
    }

    /** A bug outranks a file that cannot be written, which outranks memory, which outranks an invalid estimate. */
    private static int moreSerious(int a, int b) {
        List<Integer> order = List.of(ExitCodes.OK, ExitCodes.INVALID_ESTIMATE, ExitCodes.OUT_OF_MEMORY, ExitCodes.IO,
                ExitCodes.INTERNAL);
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }
}
