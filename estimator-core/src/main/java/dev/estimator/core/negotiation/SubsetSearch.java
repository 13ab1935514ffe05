package dev.estimator.core.negotiation;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Branch and bound over the subsets of a list of non-negative amounts (in minor units): the
 * amounts are tried largest first, and a branch is cut as soon as the sums it can still reach
 * cannot enter the range or beat the worst subset kept so far.
 */
final class SubsetSearch {

    /** A subset: its sum and the positions (in the caller's order, ascending) of its amounts. */
    record Subset(long sum, int[] positions) {
        int size() {
            return positions.length;
        }
    }

    static final Comparator<int[]> POSITIONS = Arrays::compare;
    /** Smallest sum first; then the earlier positions. */
    static final Comparator<Subset> SMALLEST = Comparator.comparingLong(Subset::sum)
            .thenComparing(Subset::positions, POSITIONS);
    /** Largest sum first; then fewer amounts; then the earlier positions. */
    static final Comparator<Subset> LARGEST = Comparator.comparingLong(Subset::sum).reversed()
            .thenComparingInt(Subset::size).thenComparing(Subset::positions, POSITIONS);

    private final long[] amounts;
    private final int[] positions;
    /** {@code suffix[i]}: the sum of {@code amounts[i..]}. */
    private final long[] suffix;

    SubsetSearch(long[] amountsInOrder) {
        int n = amountsInOrder.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Preconditions.checkArgument(amountsInOrder[i] >= 0, "amounts are not negative");
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> amountsInOrder[i]).reversed()
                .thenComparingInt(i -> i));
        amounts = new long[n];
        positions = new int[n];
        suffix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            amounts[i] = amountsInOrder[order[i]];
            positions[i] = order[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = Math.addExact(suffix[i + 1], amounts[i]);
        }
    }

    /** The {@code limit} subsets of exactly {@code size} amounts whose sum is within {@code [lo, hi]}, smallest sum first. */
    List<Subset> smallest(int size, long lo, long hi, int limit) {
        Kept kept = new Kept(SMALLEST, limit);
        if (size >= 0 && size <= amounts.length && lo <= hi) {
            smallest(0, size, 0, lo, hi, new int[size], kept);
        }
        return kept.sorted();
    }

    private void smallest(int i, int remaining, long sum, long lo, long hi, int[] chosen, Kept kept) {
        if (remaining == 0) {
            if (sum >= lo && sum <= hi) {
                kept.offer(subset(sum, chosen, chosen.length));
            }
            return;
        }
        int n = amounts.length;
        if (n - i < remaining) {
            return;
        }
        long most = sum + suffix[i] - suffix[i + remaining];
        long least = sum + suffix[n - remaining];
        if (most < lo || least > hi || kept.full() && Math.max(least, lo) > kept.worst().sum()) {
            return;
        }
        chosen[chosen.length - remaining] = i;
        smallest(i + 1, remaining - 1, sum + amounts[i], lo, hi, chosen, kept);
        smallest(i + 1, remaining, sum, lo, hi, chosen, kept);
    }

    /** The {@code limit} subsets of any size whose sum is at most {@code hi}, largest sum first. */
    List<Subset> largest(long hi, int limit) {
        Kept kept = new Kept(LARGEST, limit);
        if (hi >= 0) {
            largest(0, 0, hi, new int[amounts.length], 0, kept);
        }
        return kept.sorted();
    }

    private void largest(int i, long sum, long hi, int[] chosen, int count, Kept kept) {
        if (sum > hi || kept.full() && sum + suffix[i] < kept.worst().sum()) {
            return;
        }
        if (i == amounts.length) {
            kept.offer(subset(sum, chosen, count));
            return;
        }
        chosen[count] = i;
        largest(i + 1, sum + amounts[i], hi, chosen, count + 1, kept);
        largest(i + 1, sum, hi, chosen, count, kept);
    }

    private Subset subset(long sum, int[] chosen, int count) {
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = positions[chosen[k]];
        }
        Arrays.sort(out);
        return new Subset(sum, out);
    }

    /** The best subsets met so far, at most {@code limit}, with the worst on top. */
    private static final class Kept {
        private final Comparator<Subset> order;
        private final int limit;
        private final PriorityQueue<Subset> queue;

        Kept(Comparator<Subset> order, int limit) {
            this.order = order;
            this.limit = limit;
            this.queue = new PriorityQueue<>(order.reversed());
        }

        boolean full() {
            return queue.size() >= limit;
        }

        Subset worst() {
            return queue.peek();
        }

        void offer(Subset subset) {
            if (!full()) {
                queue.add(subset);
            } else if (order.compare(subset, queue.peek()) < 0) {
                queue.poll();
                queue.add(subset);
            }
        }

        List<Subset> sorted() {
            List<Subset> out = new ArrayList<>(queue);
            out.sort(order);
            return out;
        }
    }
}
