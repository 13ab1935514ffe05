package dev.estimator.export;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.PriceBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The samples with their previous revisions ({@code export --previous}) and two budgets
 * ({@code export --budget}): one that some ways reach (90 % of the quote) and one that none does
 * (30 %), for the tests of the bridge and budget sections in every format.
 */
public final class NegotiationSamples {

    /** A sample, its previous revision and a budget, each with its name for test reports. */
    public record Case(String name, Path current, Path previous, BigDecimal budgetShare, PriceBasis basis) {

        public Estimate currentEstimate() {
            return EstimateFiles.load(current).orThrow();
        }

        public Estimate previousEstimate() {
            return EstimateFiles.load(previous).orThrow();
        }

        /** The request for {@code audience}, with the bridge and the budget, built from {@code prepare}d estimates. */
        public ExportRequest request(Audience audience, UnaryOperator<Estimate> prepare) {
            Estimate estimate = prepare.apply(currentEstimate());
            ExportRequest plain = ExportRequest.of(estimate, audience);
            return plain.withPrevious(prepare.apply(previousEstimate())).withBudget(budget(estimate), basis);
        }

        public ExportRequest request(Audience audience) {
            return request(audience, UnaryOperator.identity());
        }

        /** The budget: a share of the client's quote on the chosen basis, at the currency's scale. */
        public BigDecimal budget(Estimate estimate) {
            var totals = EstimateCalculator.calculate(estimate.redactedFor(Audience.CLIENT));
            BigDecimal quote = basis == PriceBasis.NET ? totals.net() : totals.grandTotal();
            return quote.multiply(budgetShare).setScale(totals.rounding().scale(), RoundingMode.DOWN);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private NegotiationSamples() {
    }

    /** Every sample with its previous revision, with a budget some ways reach and one none does. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Path previous : Estimates.previousRevisions()) {
            Path current = Estimates.currentRevisionOf(previous);
            String name = current.getFileName().toString();
            cases.add(new Case(name + " (budget 90 %, gross)", current, previous, new BigDecimal("0.90"), PriceBasis.GROSS));
            cases.add(new Case(name + " (budget 30 %, net)", current, previous, new BigDecimal("0.30"), PriceBasis.NET));
        }
        return cases;
    }

    public static Stream<Arguments> arguments() {
        return cases().stream().map(Arguments::of);
    }
}
