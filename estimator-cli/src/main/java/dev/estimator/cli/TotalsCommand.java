package dev.estimator.cli;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints an estimate's figures as a table, or as JSON; never writes a file. */
@Command(name = "totals", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class TotalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EstimateFileParameter file;

    @Option(names = "--internal", descriptionKey = "totals.internal")
    boolean internal;

    @Option(names = "--json", descriptionKey = "totals.json")
    boolean json;

    @Option(names = "--items", descriptionKey = "totals.items")
    boolean items;

    @Override
    public Integer call() {
        Estimate estimate = file.load().redactedFor(internal ? Audience.INTERNAL : Audience.CLIENT);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(TotalsJson.render(estimate, totals));
        } else {
            out.print(new TotalsTable(estimate, totals, items).render());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
