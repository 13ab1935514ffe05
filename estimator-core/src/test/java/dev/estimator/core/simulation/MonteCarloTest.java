package dev.estimator.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloTest {

    private static final int TRIALS = 100_000;

    /**
     * One PERT item, 100,000 trials: every percentile from P10 to P90 lies within 0.5 % of the
     * item's range (P − O) of the analytic PERT-beta quantile. The sampling error of a percentile
     * at this size is about 0.1–0.2 % of the range, so the tolerance is 3 to 5 standard errors.
     */
    @ParameterizedTest
    @CsvSource({"8, 10, 15", "1, 1, 4", "5, 9, 9", "10, 12, 30"})
    void percentilesOfOnePertItemMatchItsAnalyticDistribution(double o, double m, double p) {
        UncertainAmount item = new UncertainAmount("A", o, p - o, (m - o) / (p - o), -1);
        SimulatedOutcomes outcomes = MonteCarlo.run(model(List.of(item), List.of(), List.of(), 42), 2);
        BetaDistribution beta = BetaDistribution.of(1 + 4 * (m - o) / (p - o), 1 + 4 * (p - m) / (p - o));
        double tolerance = 0.005 * (p - o);
        for (int percent = 10; percent <= 90; percent += 5) {
            double expected = o + (p - o) * beta.inverseCumulativeProbability(percent / 100.0);
            assertEquals(expected, outcomes.percentile(percent), tolerance, "P" + percent);
        }
        assertEquals((o + 4 * m + p) / 6, outcomes.mean(), tolerance, "mean");
    }

    @Test
    void theSameSeedGivesIdenticalOutcomesOnOneAndTwoThreads() {
        SimulationModel model = new SimulationModel(
                List.of(new UncertainAmount("A", -2, 7, 0.3, -1), new UncertainAmount("B", -1, 3, 0.5, 0),
                        new UncertainAmount("C", -5, 9, 0.1, 0), new UncertainAmount("D", 0, 2, 0.9, 1)),
                List.of(new RiskEvent("R", 0.3, 1, 4)), List.of(0.5, 0.8), 3 * MonteCarlo.BLOCK + 17, 7);
        SimulatedOutcomes one = MonteCarlo.run(model, 1);
        assertEquals(one, MonteCarlo.run(model, 2));
        assertEquals(one, MonteCarlo.run(model, 3));
        assertTrue(!one.equals(MonteCarlo.run(withSeed(model, 8), 2)), "another seed gives other outcomes");
    }

    @Test
    void aRiskThatNeverHappensChangesNothingAndOneThatAlwaysHappensAlwaysAddsItsImpact() {
        SimulatedOutcomes never = MonteCarlo.run(model(List.of(), List.of(new RiskEvent("R", 0, 100, 200)), List.of(), 1), 2);
        assertEquals(0.0, never.get(0));
        assertEquals(0.0, never.get(TRIALS - 1));
        SimulatedOutcomes always = MonteCarlo.run(model(List.of(), List.of(new RiskEvent("R", 1, 100, 200)), List.of(), 1), 2);
        assertTrue(always.get(0) >= 100 && always.get(TRIALS - 1) <= 200);
        assertEquals(150, always.mean(), 1);
        SimulatedOutcomes fixed = MonteCarlo.run(model(List.of(), List.of(new RiskEvent("R", 1, 100, 100)), List.of(), 1), 2);
        assertEquals(100.0, fixed.get(0));
        assertEquals(100.0, fixed.get(TRIALS - 1));
    }

    @Test
    void aRiskHappensAsOftenAsItsProbabilitySays() {
        SimulatedOutcomes outcomes = MonteCarlo.run(model(List.of(), List.of(new RiskEvent("R", 0.3, 10, 10)), List.of(), 3), 2);
        assertEquals(0.7, outcomes.countAtOrBelow(0) / (double) TRIALS, 0.005);
    }

    @Test
    void fullyCorrelatedItemsMoveTogether() {
        UncertainAmount a = new UncertainAmount("A", 0, 1, 0.25, 0);
        UncertainAmount b = new UncertainAmount("B", 0, 1, 0.25, 0);
        SimulatedOutcomes together = MonteCarlo.run(model(List.of(a, b), List.of(), List.of(1.0), 5), 2);
        BetaDistribution beta = BetaDistribution.of(2, 4);
        for (int percent = 10; percent <= 90; percent += 10) {
            assertEquals(2 * beta.inverseCumulativeProbability(percent / 100.0), together.percentile(percent), 0.01,
                    "P" + percent);
        }
    }

    @Test
    void correlationWidensTheRangeOfASum() {
        List<UncertainAmount> independent = List.of(new UncertainAmount("A", 0, 1, 0.25, -1),
                new UncertainAmount("B", 0, 1, 0.25, -1), new UncertainAmount("C", 0, 1, 0.25, -1));
        List<UncertainAmount> grouped = independent.stream()
                .map(i -> new UncertainAmount(i.id(), i.offset(), i.span(), i.mode(), 0)).toList();
        SimulatedOutcomes apart = MonteCarlo.run(model(independent, List.of(), List.of(), 9), 2);
        SimulatedOutcomes zero = MonteCarlo.run(model(grouped, List.of(), List.of(0.0), 9), 2);
        SimulatedOutcomes half = MonteCarlo.run(model(grouped, List.of(), List.of(0.5), 9), 2);
        double spreadApart = apart.percentile(90) - apart.percentile(10);
        assertEquals(spreadApart, zero.percentile(90) - zero.percentile(10), 0.01, "a group with coefficient 0 is independent");
        assertTrue(half.percentile(90) - half.percentile(10) > 1.3 * spreadApart, "coefficient 0.5 widens the range");
        assertEquals(apart.mean(), half.mean(), 0.01, "and leaves the mean alone");
    }

    /**
     * Two threads asking for the same model at once (validation and the documents priced side by
     * side) get one run: the second waits for the first instead of simulating again. Told by
     * identity: two runs would give equal but distinct outcomes.
     */
    @Test
    void aRunInProgressIsAwaitedNotRepeated() throws Exception {
        List<UncertainAmount> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new UncertainAmount("I" + i, -1, 2 + i, (i % 10) / 10.0, -1));
        }
        SimulationModel model = new SimulationModel(many, List.of(new RiskEvent("R", 0.3, 1, 4)), List.of(),
                400_000, 987_654_321L);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<SimulatedOutcomes> run = () -> {
                start.await();
                return MonteCarlo.run(model, 1);
            };
            var first = two.submit(run);
            var second = two.submit(run);
            start.countDown();
            assertTrue(first.get() == second.get(), "both threads must get the one run's outcomes");
        } finally {
            two.shutdownNow();
        }
    }

    private static SimulationModel model(List<UncertainAmount> amounts, List<RiskEvent> risks, List<Double> groups,
                                         long seed) {
        return new SimulationModel(amounts, risks, groups, TRIALS, seed);
    }

    private static SimulationModel withSeed(SimulationModel model, long seed) {
        return new SimulationModel(model.amounts(), model.risks(), model.groupCoefficients(), model.trials(), seed);
    }
}
