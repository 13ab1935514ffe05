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

    /** The valid estimate at {@code file}; otherwise prints every problem and throws. */
    static Estimate load(Path file, PrintWriter err) {
        LoadResult result = EstimateFiles.load(file);
        if (!result.isValid()) {
            printProblems(file, result, err);
            throw new UserError(ExitCodes.INVALID_ESTIMATE, file + " is not a valid estimate; nothing was written");
        }
        return result.orThrow();
    }

    static void printProblems(Path file, LoadResult result, PrintWriter err) {
        for (Problem problem : result.problems()) {
            err.println(problem);
        }
        int count = result.problems().size();
        err.println(file + ": " + (count == 1 ? "1 problem" : count + " problems"));
    }
}
