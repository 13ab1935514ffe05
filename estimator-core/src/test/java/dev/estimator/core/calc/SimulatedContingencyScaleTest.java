package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.model.Unit;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A simulated contingency measures the spread around the price, not the rounding of the price.
 * N identical items of 3 / 4 / 6 days at 680 a day: each is priced at its PERT mean rounded to
 * 4.17 days (the exact mean is 4.1666…), and their sum varies with a standard deviation of
 * √N × 680 × 3 × sd(Beta(7/3, 11/3)). The contingency at 80 % must be about z₀.₈ times that, at
 * every N: when the draws were counted from the exact mean the 0.0033 days each item is priced
 * above it added up to more than the spread at 100,000 items, and the contingency came to 0.
 */
class SimulatedContingencyScaleTest {

    private static final int TRIALS = 100_000;

    @ParameterizedTest
    @ValueSource(ints = {10, 1_000, 100_000})
    void theContingencyAtEightyPercentIsWhatTheSpreadOfTheSumImplies(int n) {
        LineItem[] items = IntStream.range(0, n)
                .mapToObj(i -> labour("X" + i, Quantity.threePoint(d("3"), d("4"), d("6")), Unit.DAYS))
                .toArray(LineItem[]::new);
        Estimate plain = withItems("EUR", rateCard("680", null, RatePeriod.DAY), items);
        Estimate estimate = new Estimate(plain.header(), plain.rateCard(), plain.breakdown(), null, null, null,
                Contingency.simulated(80, "Brings the price to P80."), null, null, null, null, null, null, null, null,
                new SimulationSettings(TRIALS, 42L, null), null);

        EstimateTotals totals = EstimateCalculator.calculateWithoutSimulation(estimate);

        assertEquals(d("680").multiply(d("4.17")).multiply(java.math.BigDecimal.valueOf(n)).setScale(2),
                totals.subtotal(), "priced at the rounded PERT mean");
        BetaDistribution pert = BetaDistribution.of(1 + 4 / 3.0, 1 + 8 / 3.0);
        double sigma = Math.sqrt(n * pert.getVariance()) * 680 * 3;
        double expected = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.8) * sigma;
        // Sampling error of P80 over 100,000 trials is about 0.6 % of this; the sum's skew at N = 10 about 0.5 %.
        assertEquals(expected, totals.contingency().doubleValue(), 0.03 * expected,
                "contingency of " + n + " items");
    }
}
