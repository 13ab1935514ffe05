package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import java.util.Arrays;

/**
 * The outcomes of every trial, each the sum of one draw of every input, read in ascending order.
 *
 * <p>They are sorted only when first needed in order. A caller that reads a single percentile (a
 * contingency set by simulation, priced again for every alternative, bridge step or budget
 * candidate) gets it by selection, in linear time, instead of sorting 100,000 outcomes; the value
 * is the same, since selection finds exactly the element the sorted order has at that rank. Any
 * other reading sorts them once. Safe for use by several threads (outcomes are shared by {@link
 * MonteCarlo}'s memory of recent runs).
 */
public final class SimulatedOutcomes {

    /** Below this many elements a range is sorted instead of partitioned further. */
    private static final int SMALL = 32;

    private final double[] outcomes;
    private boolean sorted;
    private boolean selectedOnce;

    SimulatedOutcomes(double[] outcomes) {
        this.outcomes = outcomes;
    }

    public int trials() {
        return outcomes.length;
    }

    /**
     * The outcome at {@code percent} % by the nearest-rank rule: the smallest outcome with at least
     * {@code percent} % of all outcomes at or below it (P80 of 100,000 trials is the 80,000th).
     */
    public synchronized double percentile(int percent) {
        Preconditions.checkArgument(percent >= 1 && percent <= 100, "percent must lie in 1..100: %s", percent);
        int index = (int) (((long) percent * outcomes.length + 99) / 100) - 1;
        if (sorted || selectedOnce) {
            // A second reading (a report reads a whole curve): sorting once is cheaper than selecting each.
            return sorted()[index];
        }
        selectedOnce = true;
        return select(outcomes, index);
    }

    /** How many outcomes are at or below {@code value}. */
    public synchronized int countAtOrBelow(double value) {
        double[] ordered = sorted();
        int low = 0;
        int high = ordered.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ordered[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The {@code index}-th smallest outcome, from 0. */
    public synchronized double get(int index) {
        return sorted()[index];
    }

    /** The mean of the outcomes, summed in ascending order (so that it never depends on how they were produced). */
    public synchronized double mean() {
        double sum = 0;
        for (double v : sorted()) {
            sum += v;
        }
        return sum / outcomes.length;
    }

    private double[] sorted() {
        if (!sorted) {
            Arrays.sort(outcomes);
            sorted = true;
        }
        return outcomes;
    }

    /**
     * The value the ascending order has at {@code index}, found by partitioning {@code values} in
     * place (Hoare's selection with a median-of-three pivot): the values are reordered, never changed.
     * Ranges that stop shrinking fast enough are sorted instead, so the worst case stays O(n log n).
     */
    static double select(double[] values, int index) {
        int low = 0;
        int high = values.length - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(values.length));
        while (high - low > SMALL) {
            if (budget-- == 0) {
                break;
            }
            int middle = (low + high) >>> 1;
            // Order low, middle, high; the median of the three becomes the pivot.
            if (Double.compare(values[middle], values[low]) < 0) {
                swap(values, middle, low);
            }
            if (Double.compare(values[high], values[low]) < 0) {
                swap(values, high, low);
            }
            if (Double.compare(values[high], values[middle]) < 0) {
                swap(values, high, middle);
            }
            double pivot = values[middle];
            int i = low;
            int j = high;
            while (i <= j) {
                while (Double.compare(values[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(values[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i, j);
                    i++;
                    j--;
                }
            }
            // Now values[low..j] <= pivot <= values[i..high], and anything between equals the pivot.
            if (index <= j) {
                high = j;
            } else if (index >= i) {
                low = i;
            } else {
                return values[index];
            }
        }
        Arrays.sort(values, low, high + 1);
        return values[index];
    }

    private static void swap(double[] values, int a, int b) {
        double t = values[a];
        values[a] = values[b];
        values[b] = t;
    }

    @Override
    public synchronized boolean equals(Object other) {
        if (!(other instanceof SimulatedOutcomes that)) {
            return false;
        }
        if (that == this) {
            return true;
        }
        double[] mine = sorted();
        synchronized (that) {
            return Arrays.equals(mine, that.sorted());
        }
    }

    @Override
    public synchronized int hashCode() {
        return Arrays.hashCode(sorted());
    }

    @Override
    public String toString() {
        return "SimulatedOutcomes[" + outcomes.length + " trials]";
    }
}
