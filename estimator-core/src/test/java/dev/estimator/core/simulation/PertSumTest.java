package dev.estimator.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tabulated sum of k draws against the sum's moments and against k draws made one by one. */
class PertSumTest {

    /** Mean and variance of the sum are k times the item's; the table keeps them to well within 10⁻³ of σ and of σ². */
    @ParameterizedTest
    @CsvSource({"0.25, 32", "0, 100", "1, 77", "0.6, 1000", "0.3333, 100000"})
    void theSumHasTheMomentsOfKIndependentDraws(double mode, int k) {
        BetaDistribution beta = BetaDistribution.of(1 + 4 * mode, 1 + 4 * (1 - mode));
        PertQuantiles sum = PertSum.of(beta, k);
        double sigma = Math.sqrt(k * beta.getVariance());
        int n = 200_000;
        double mean = 0;
        double square = 0;
        for (int i = 0; i < n; i++) {
            double x = sum.inverse((i + 0.5) / n);
            mean += x;
            square += x * x;
        }
        mean /= n;
        double variance = square / n - mean * mean;
        assertEquals(k * beta.getMean(), mean, 0.01 * sigma, "mean");
        assertEquals(mean, sum.mean(), 1e-3 * sigma, "the table's own mean");
        assertEquals(k * beta.getVariance(), variance, 0.005 * k * beta.getVariance(), "variance");
    }

    /** P5 … P95 of the table against 400,000 sums of 40 draws each (Commons' own beta sampler). */
    @Test
    void theSumsQuantilesMatchDrawsMadeOneByOne() {
        int k = 40;
        ContinuousDistribution beta = BetaDistribution.of(1 + 4 * 0.2, 1 + 4 * 0.8);
        PertQuantiles sum = PertSum.of(beta, k);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        ContinuousDistribution.Sampler sampler = beta.createSampler(rng);
        double[] sums = new double[400_000];
        for (int t = 0; t < sums.length; t++) {
            double s = 0;
            for (int i = 0; i < k; i++) {
                s += sampler.sample();
            }
            sums[t] = s;
        }
        Arrays.sort(sums);
        double sigma = Math.sqrt(k * ((BetaDistribution) beta).getVariance());
        for (int percent = 5; percent <= 95; percent += 5) {
            double brute = sums[sums.length * percent / 100];
            assertEquals(brute, sum.inverse(percent / 100.0), 0.01 * sigma, "P" + percent);
        }
    }

    /** The engine draws 40 identical independent items as one sum: same mean, same spread as 40 items of distinct shapes that are equal in law. */
    @Test
    void theEngineSumsIdenticalItemsWithoutChangingTheirDistribution() {
        List<UncertainAmount> same = IntStream.range(0, 40)
                .mapToObj(i -> new UncertainAmount("S" + i, -2.0, 7, 0.3, -1)).toList();
        // The same items, each in a group of its own with coefficient 0: independent, drawn one by one.
        List<UncertainAmount> apart = IntStream.range(0, 40)
                .mapToObj(i -> new UncertainAmount("S" + i, -2.0, 7, 0.3, i)).toList();
        List<Double> zeros = IntStream.range(0, 40).mapToObj(i -> 0.0).toList();
        SimulatedOutcomes summed = MonteCarlo.run(new SimulationModel(same, List.of(), List.of(), 100_000, 5), 2);
        SimulatedOutcomes drawn = MonteCarlo.run(new SimulationModel(apart, List.of(), zeros, 100_000, 5), 2);
        BetaDistribution beta = BetaDistribution.of(1 + 4 * 0.3, 1 + 4 * 0.7);
        double sigma = 7 * Math.sqrt(40 * beta.getVariance());
        assertEquals(40 * (-2.0 + 7 * beta.getMean()), summed.mean(), 0.01 * sigma);
        for (int percent = 10; percent <= 90; percent += 10) {
            assertEquals(drawn.percentile(percent), summed.percentile(percent), 0.02 * sigma, "P" + percent);
        }
    }
}
