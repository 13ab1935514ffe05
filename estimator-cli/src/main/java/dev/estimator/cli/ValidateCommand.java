package dev.estimator.cli;

import dev.estimator.core.format.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks estimate files and reports every problem; never writes anything. */
@Command(name = "validate", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            LoadResult result = EstimateInput.read(file);
            if (result.isValid()) {
                out.println(file + ": valid");
            } else {
                invalid++;
                EstimateInput.printProblems(file, result, err);
            }
        }
        out.flush();
        if (files.size() > 1) {
            out.println((files.size() - invalid) + " of " + files.size() + " files valid");
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_ESTIMATE;
    }
}
