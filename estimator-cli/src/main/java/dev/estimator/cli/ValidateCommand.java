package dev.estimator.cli;

import dev.estimator.core.format.LoadResult;
import dev.estimator.core.validation.Problem;
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

    @picocli.CommandLine.Option(names = "--strict", descriptionKey = "validate.strict")
    boolean strict;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            LoadResult result = EstimateInput.read(file);
            for (Problem warning : result.warnings()) {
                err.println(new Problem(warning.source(), warning.line(), warning.column(), warning.path(),
                        "warning: " + warning.message()));
            }
            if (result.isValid() && strict && !result.warnings().isEmpty()) {
                invalid++;
                int count = result.warnings().size();
                err.println(file + ": " + (count == 1 ? "1 warning" : count + " warnings") + ", which --strict treats as problems");
            } else if (result.isValid()) {
                out.println(file + ": valid" + (result.warnings().isEmpty() ? ""
                        : " (" + result.warnings().size() + (result.warnings().size() == 1 ? " warning)" : " warnings)")));
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
