package dev.estimator.cli;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.BudgetFit;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which combinations of an alternative and optional items land within a client's budget. */
@Command(name = "fit", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EstimateFileParameter file;

    @Option(names = "--budget", required = true, paramLabel = "AMOUNT", descriptionKey = "fit.budget")
    BigDecimal budget;

    @Mixin
    PriceBasisOption basis;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", descriptionKey = "fit.top")
    int top;

    @Option(names = "--internal", descriptionKey = "fit.internal")
    boolean internal;

    @Option(names = "--json", descriptionKey = "fit.json")
    boolean json;

    @Override
    public Integer call() {
        if (budget.signum() < 0) {
            throw new UserError(ExitCodes.USAGE, "the budget is an amount of zero or more, not " + budget.toPlainString());
        }
        if (top < 1) {
            throw new UserError(ExitCodes.USAGE, "--top is at least 1, not " + top);
        }
        Audience audience = internal ? Audience.INTERNAL : Audience.CLIENT;
        Estimate estimate = file.load().redactedFor(audience);
        BudgetFit fit = BudgetFit.search(estimate, budget, basis.basis(), top, audience);
        var out = spec.commandLine().getOut();
        out.print(json ? FitJson.render(estimate, fit) : new FitTable(estimate, fit).render());
        out.flush();
        return ExitCodes.OK;
    }
}
