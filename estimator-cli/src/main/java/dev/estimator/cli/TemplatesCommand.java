package dev.estimator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the estimate templates {@code new} can start from. */
@Command(name = "templates", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        for (TemplateCatalog.Template template : TemplateCatalog.all()) {
            out.println(TotalsTable.pad(template.name(), 20) + template.description());
        }
        out.flush();
    }
}
