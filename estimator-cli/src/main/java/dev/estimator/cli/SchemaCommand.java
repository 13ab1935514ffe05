package dev.estimator.cli;

import dev.estimator.core.format.EstimateFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the JSON Schema of the estimate file format, for editors. */
@Command(name = "schema", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(EstimateFiles.schema());
        spec.commandLine().getOut().flush();
    }
}
