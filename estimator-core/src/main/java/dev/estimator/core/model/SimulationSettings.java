package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * How the Monte Carlo simulation of the estimate runs (the method is in {@code docs/calculation.md}).
 * Every field is optional: without this section the simulation runs with the defaults.
 *
 * @param trials       how many outcomes to simulate. When absent: {@value #DEFAULT_TRIALS}, or for an
 *                     estimate with many uncertain inputs as many as keep the draws within
 *                     {@value #DRAW_BUDGET} (at least {@value #MIN_DEFAULT_TRIALS})
 * @param seed         the generator's seed; {@value #DEFAULT_SEED} when absent. The same estimate
 *                     and seed always give the same results
 * @param correlations groups of line items whose overruns come together
 */
public record SimulationSettings(
        @Min(value = 1000, message = "simulate at least 1000 trials; fewer give unstable percentiles")
        @Max(value = 1_000_000, message = "at most 1,000,000 trials; 100,000 already fix P80 to about 0.1 %")
        Integer trials,
        Long seed,
        List<@Valid CorrelationGroup> correlations) {

    public static final int DEFAULT_TRIALS = 100_000;
    public static final long DEFAULT_SEED = 42;
    /** Draws (trials × uncertain inputs) a default number of trials stays within. */
    public static final long DRAW_BUDGET = 20_000_000;
    /** The fewest trials a default gives, however many inputs. */
    public static final int MIN_DEFAULT_TRIALS = 10_000;

    public SimulationSettings {
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** No section: every default, no correlation. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(null, null, null);
    }

    /** The trials stated, or the default for an estimate with {@code uncertainInputs} items and risks to draw. */
    public int effectiveTrials(int uncertainInputs) {
        if (trials != null) {
            return trials;
        }
        long affordable = DRAW_BUDGET / Math.max(1, uncertainInputs);
        return (int) Math.max(MIN_DEFAULT_TRIALS, Math.min(DEFAULT_TRIALS, affordable));
    }

    public long effectiveSeed() {
        return seed == null ? DEFAULT_SEED : seed;
    }
}
