package dev.estimator.cli;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.Problem;
import dev.estimator.core.validation.SharedPricing;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads an estimate file for a command, printing its problems the one way every command does. */
final class EstimateInput {

    private EstimateInput() {
    }

    /**
     * The valid estimate at {@code file}; otherwise prints every problem and throws, adding
     * {@code consequence} (e.g. "; nothing was written", or "") to the error.
     */
    static Estimate load(Path file, PrintWriter err, String consequence) {
        return valid(file, read(file), err, consequence);
    }

    /**
     * As {@link #load(Path, PrintWriter, String)}, handing the estimate to {@code beforePricing} as
     * validation starts pricing it (see {@code EstimateFiles.load(Path, long, SharedPricing)}).
     */
    static Estimate load(Path file, PrintWriter err, String consequence,
                         SharedPricing beforePricing) {
        return valid(file, EstimateFiles.load(file, maxInputBytes(System.getenv(MAX_INPUT_MB)), beforePricing), err,
                consequence);
    }

    /** The estimate {@code result} read from {@code file}, as {@link #load}: problems printed, then thrown. */
    static Estimate valid(Path file, LoadResult result, PrintWriter err, String consequence) {
        if (!result.isValid()) {
            printProblems(file, result, err);
            throw new UserError(ExitCodes.INVALID_ESTIMATE, file + " is not a valid estimate" + consequence);
        }
        return result.orThrow();
    }

    /** The environment variable that raises (or lowers) the input size cap, in MiB. */
    static final String MAX_INPUT_MB = "ESTIMATOR_MAX_INPUT_MB";

    /** Reads {@code file} under the size cap: {@value #MAX_INPUT_MB} if set, else the library's default. */
    static LoadResult read(Path file) {
        return EstimateFiles.load(file, maxInputBytes(System.getenv(MAX_INPUT_MB)));
    }

    static long maxInputBytes(String setting) {
        if (setting == null || setting.isBlank()) {
            return EstimateFiles.MAX_BYTES;
        }
        try {
            long mib = Long.parseLong(setting.trim());
            if (mib > 0 && mib <= 2047) {
                return mib * 1024 * 1024;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(ExitCodes.USAGE, MAX_INPUT_MB + " must be a whole number of MiB from 1 to 2047, not '"
                + setting + "'");
    }

    /** Why a file could not be written, in plain words: never a temporary file's name. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            Path target = Path.of(fs.getFile());
            if (java.nio.file.Files.isSymbolicLink(target) && !java.nio.file.Files.exists(target)) {
                return "it is a link to something that does not exist; remove the link or give another folder";
            }
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException || e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void printProblems(Path file, LoadResult result, PrintWriter err) {
        for (Problem problem : result.problems()) {
            err.println(problem);
        }
        int count = result.problems().size();
        err.println(file + ": " + (count == 1 ? "1 problem" : count + " problems"));
    }
}
