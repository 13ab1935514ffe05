package dev.estimator.cli;

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
        Audience audience = internal ? Audience.INTERNAL : Audience.CLIENT;
        // The report's pricing starts as soon as the file has passed every rule but the price
        // checks, on a second thread, and validation's price checks read it instead of pricing the
        // estimate again (for 100,000 items a pricing takes seconds).
        EarlyPricing early = new EarlyPricing(audience);
        Estimate loaded = file.load(early);
        Estimate estimate = early.estimate(loaded);
        EstimateTotals totals = early.totals(loaded);
        var out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.write(TotalsJson.tree(estimate, totals), out);
        } else {
            out.print(new TotalsTable(estimate, totals, items).render());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
