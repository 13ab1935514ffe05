package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import java.util.Arrays;

/** The outcomes of every trial, sorted: each the sum of one draw of every input. */
public final class SimulatedOutcomes {

    private final double[] sorted;

    SimulatedOutcomes(double[] sorted) {
        this.sorted = sorted;
    }

    public int trials() {
        return sorted.length;
    }

    /**
     * The outcome at {@code percent} % by the nearest-rank rule: the smallest outcome with at least
     * {@code percent} % of all outcomes at or below it (P80 of 100,000 trials is the 80,000th).
     */
    public double percentile(int percent) {
        Preconditions.checkArgument(percent >= 1 && percent <= 100, "percent must lie in 1..100: %s", percent);
        long rank = ((long) percent * sorted.length + 99) / 100;
        return sorted[(int) rank - 1];
    }

    /** How many outcomes are at or below {@code value}. */
    public int countAtOrBelow(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The {@code index}-th smallest outcome, from 0. */
    public double get(int index) {
        return sorted[index];
    }

    /** The mean of the outcomes. */
    public double mean() {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulatedOutcomes that && Arrays.equals(sorted, that.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "SimulatedOutcomes[" + sorted.length + " trials]";
    }
}
