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
        Audience audience = internal ? Audience.INTERNAL : Audience.CLIENT;
        // The report's pricing starts as soon as the file has passed every rule but the price
        // checks, on a second thread beside validation's own pricing (for 100,000 items each takes
        // seconds); it counts only if the file then comes back valid, and is the same calculation.
        ReportPricing early = new ReportPricing(audience);
        Estimate loaded = file.load(early::start);
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

    /** The redacted estimate's totals, started on another thread while validation prices the estimate. */
    private static final class ReportPricing {
        private final Audience audience;
        private Estimate checked;
        private Estimate redacted;
        private java.util.concurrent.FutureTask<EstimateTotals> pricing;

        ReportPricing(Audience audience) {
            this.audience = audience;
        }

        void start(Estimate estimate) {
            checked = estimate;
            redacted = estimate.redactedFor(audience);
            Estimate priced = redacted;
            pricing = new java.util.concurrent.FutureTask<>(() -> EstimateCalculator.calculate(priced));
            Thread thread = new Thread(pricing, "estimator-report-pricing");
            thread.setDaemon(true);
            thread.start();
        }

        /** Whether what was started is for {@code loaded}, the valid estimate read. */
        private boolean startedFor(Estimate loaded) {
            return pricing != null && checked == loaded;
        }

        Estimate estimate(Estimate loaded) {
            return startedFor(loaded) ? redacted : loaded.redactedFor(audience);
        }

        EstimateTotals totals(Estimate loaded) {
            if (!startedFor(loaded)) {
                return EstimateCalculator.calculate(estimate(loaded));
            }
            try {
                return pricing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pricing the estimate", e);
            } catch (java.util.concurrent.ExecutionException e) {
                // As if it had been priced on this thread: the same error reaches the command's handler.
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
