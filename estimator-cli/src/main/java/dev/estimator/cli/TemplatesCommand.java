package dev.estimator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the estimate templates {@code new} can start from, with the languages each is written in. */
@Command(name = "templates", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        for (var entry : TemplateCatalog.languages().entrySet()) {
            String description = TemplateCatalog.named(entry.getKey(), entry.getValue().getFirst())
                    .map(TemplateCatalog.Template::description).orElse("");
            out.println(TotalsTable.pad(entry.getKey(), 20) + TotalsTable.pad(String.join(", ", entry.getValue()), 12)
                    + description);
        }
        out.flush();
    }
}
