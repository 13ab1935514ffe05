package dev.estimator.cli;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.Problem;
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
        LoadResult result = EstimateFiles.load(file);
        if (!result.isValid()) {
            printProblems(file, result, err);
            throw new UserError(ExitCodes.INVALID_ESTIMATE, file + " is not a valid estimate" + consequence);
        }
        return result.orThrow();
    }

    /** Why a file could not be written, in plain words: never a temporary file's name. */
    static String reason(java.io.IOException e) {
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
