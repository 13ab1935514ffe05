package dev.estimator.cli;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.SharedPricing;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The estimate FILE parameter of a command that works on one estimate ({@code @Mixin}): declared,
 * described and loaded the same way everywhere, so every command reports an invalid file alike.
 * ({@code validate} takes several files and reports each, valid or not: its parameter is a list.)
 */
final class EstimateFileParameter {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "estimate.file")
    Path file;

    /** The valid estimate; otherwise prints every problem and fails with exit code 1. */
    Estimate load() {
        return load("");
    }

    /** As {@link #load()}, handing the estimate to {@code beforePricing} as validation starts pricing it. */
    Estimate load(SharedPricing beforePricing) {
        return EstimateInput.load(file, command.commandLine().getErr(), "", beforePricing);
    }

    /** As {@link #load()}, adding {@code consequence} (e.g. "; nothing was written") to the error. */
    Estimate load(String consequence) {
        return EstimateInput.load(file, command.commandLine().getErr(), consequence);
    }
}
