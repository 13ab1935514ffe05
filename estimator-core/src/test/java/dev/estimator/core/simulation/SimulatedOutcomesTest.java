package dev.estimator.core.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedOutcomesTest {

    /**
     * Selection finds, at every rank, the value the sorted order has there, and only reorders: on
     * random arrays with many ties, signed zeros, already sorted and reversed runs, and sizes around
     * the point where ranges are sorted instead of partitioned.
     */
    @Test
    void selectionGivesTheSortedOrdersValueAtEveryRankAndKeepsTheValues() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 3_000; round++) {
            int size = 1 + random.nextInt(round < 1_000 ? 80 : 3_000);
            double[] values = new double[size];
            int kind = random.nextInt(5);
            for (int i = 0; i < size; i++) {
                values[i] = switch (kind) {
                    case 0 -> random.nextDouble(-1e6, 1e6);
                    case 1 -> random.nextInt(4) - 2;             // many ties
                    case 2 -> random.nextBoolean() ? 0.0 : -0.0; // signed zeros, which Arrays.sort orders
                    case 3 -> i;                                 // sorted
                    default -> size - i;                         // reversed
                };
            }
            double[] expected = values.clone();
            Arrays.sort(expected);
            int index = random.nextInt(size);
            double[] work = values.clone();
            assertEquals(Double.doubleToRawLongBits(expected[index]),
                    Double.doubleToRawLongBits(SimulatedOutcomes.select(work, index)), "round " + round);
            Arrays.sort(work);
            assertArrayEquals(expected, work, "selection changed the values in round " + round);
        }
    }

    /** A percentile read first (by selection) equals the same percentile read after sorting, and so does every later reading. */
    @Test
    void aPercentileReadBySelectionEqualsTheSortedReading() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = random.doubles(100_003, -50, 50).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int percent : new int[] {1, 50, 80, 99, 100}) {
            SimulatedOutcomes fresh = new SimulatedOutcomes(values.clone());
            int rank = (int) (((long) percent * values.length + 99) / 100);
            assertEquals(sorted[rank - 1], fresh.percentile(percent), 0.0, "P" + percent + " by selection");
            assertEquals(sorted[rank - 1], fresh.percentile(percent), 0.0, "P" + percent + " again, sorted");
            assertEquals(sorted[7], fresh.get(7), 0.0);
            double sum = 0;
            for (double v : sorted) {
                sum += v;
            }
            assertEquals(sum / sorted.length, fresh.mean(), 0.0, "the mean is summed in ascending order");
            assertEquals(new SimulatedOutcomes(sorted.clone()), fresh);
        }
    }
}
