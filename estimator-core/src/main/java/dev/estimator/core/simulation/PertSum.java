package dev.estimator.core.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * The distribution of the sum of {@code k} independent draws of one distribution on [0, 1], so that
 * {@code k} identical independent inputs cost one draw per trial instead of {@code k}.
 *
 * <p>The distribution is put on a lattice of {@value #CELLS} points (the mass of each cell at its
 * centre) and convolved with itself by repeated doubling, exactly; whenever a lattice grows beyond
 * {@value #MAX_POINTS} points, neighbouring points are merged in pairs (the spacing doubles), and
 * tails with less than 10⁻¹⁵ of the mass are cut. The spacing thus stays below about 1/50 of the
 * sum's standard deviation, so its variance is kept to within 10⁻³ and its quantiles to a small
 * fraction of that deviation. The engine centres the draws on the table's own mean, which
 * removes what the lattice moves the mean by.
 */
final class PertSum {

    static final int CELLS = 512;
    static final int MAX_POINTS = 1024;
    private static final double TAIL = 1e-15;

    private PertSum() {
    }

    /** The inverse-CDF table of the sum of {@code k} draws of {@code distribution}. */
    static PertQuantiles of(ContinuousDistribution distribution, int k) {
        return new Powers(distribution).sumOf(k);
    }

    /**
     * The sums of 1, 2, 4, 8, … draws of one distribution, each made once by doubling the one before,
     * from which the sum of any number of draws is combined: a revision bridge or an alternative that
     * changes how many copies of an item there are (9,999 instead of 10,000) then costs the few
     * combining steps, not the dozen doublings again. The tables are the same as made from scratch:
     * the same lattices are added in the same order. Safe for use by several threads.
     */
    static final class Powers {
        private final List<Lattice> powers = new ArrayList<>();

        Powers(ContinuousDistribution distribution) {
            double[] mass = new double[CELLS];
            double previous = 0;
            for (int j = 0; j < CELLS; j++) {
                double cdf = j == CELLS - 1 ? 1 : distribution.cumulativeProbability((j + 1) / (double) CELLS);
                mass[j] = cdf - previous;
                previous = cdf;
            }
            powers.add(new Lattice(mass, 0.5 / CELLS, 1.0 / CELLS));
        }

        /** The table of the sum of {@code k} (at least 1) draws. */
        PertQuantiles sumOf(int k) {
            Lattice sum = null;
            int bit = 0;
            for (int bits = k; bits > 0; bits >>>= 1, bit++) {
                if ((bits & 1) != 0) {
                    Lattice power = power(bit);
                    sum = sum == null ? power : sum.plus(power);
                }
            }
            return sum.quantiles();
        }

        /** The lattice of 2^{@code bit} draws. */
        private synchronized Lattice power(int bit) {
            while (powers.size() <= bit) {
                Lattice last = powers.getLast();
                powers.add(last.plus(last));
            }
            return powers.get(bit);
        }
    }

    /** Point {@code i} lies at {@code origin + i × step} and has probability {@code mass[i]}. */
    private record Lattice(double[] mass, double origin, double step) {

        Lattice plus(Lattice other) {
            Lattice a = this;
            Lattice b = other;
            while (a.step < b.step) {
                a = a.coarser();
            }
            while (b.step < a.step) {
                b = b.coarser();
            }
            double[] out = new double[a.mass.length + b.mass.length - 1];
            for (int i = 0; i < a.mass.length; i++) {
                double p = a.mass[i];
                if (p == 0) {
                    continue;
                }
                for (int j = 0; j < b.mass.length; j++) {
                    out[i + j] += p * b.mass[j];
                }
            }
            Lattice result = new Lattice(out, a.origin + b.origin, a.step).trimmed();
            while (result.mass.length > MAX_POINTS) {
                result = result.coarser();
            }
            return result;
        }

        /** Neighbours merged in pairs: half as many points, twice the spacing. */
        Lattice coarser() {
            double[] out = new double[(mass.length + 1) / 2];
            for (int i = 0; i < mass.length; i++) {
                out[i / 2] += mass[i];
            }
            return new Lattice(out, origin + step / 2, step * 2);
        }

        /** Without the outermost points holding less than {@value #TAIL} of the mass on either side (added to the next). */
        Lattice trimmed() {
            int from = 0;
            double cut = 0;
            while (from < mass.length - 1 && cut + mass[from] < TAIL) {
                cut += mass[from++];
            }
            int to = mass.length;
            double cutHigh = 0;
            while (to - 1 > from && cutHigh + mass[to - 1] < TAIL) {
                cutHigh += mass[--to];
            }
            if (from == 0 && to == mass.length) {
                return this;
            }
            double[] out = Arrays.copyOfRange(mass, from, to);
            out[0] += cut;
            out[out.length - 1] += cutHigh;
            return new Lattice(out, origin + from * step, step);
        }

        /** Each point's mass spread evenly over its own cell, as a table. */
        PertQuantiles quantiles() {
            double total = 0;
            for (double p : mass) {
                total += p;
            }
            double[] cdf = new double[mass.length + 1];
            double running = 0;
            for (int i = 0; i < mass.length; i++) {
                running += mass[i];
                cdf[i + 1] = Math.min(1, running / total);
            }
            cdf[mass.length] = 1;
            PertQuantiles table = new PertQuantiles(cdf, origin - step / 2, origin + (mass.length - 0.5) * step);
            double share = 1.0 / PertQuantiles.QUANTILE_CELLS;
            table.fitOuterCells(outerMean(share, total, false), outerMean(share, total, true));
            return table;
        }

        /** The mean of the lowest (or highest) {@code share} of the mass, each point's mass spread evenly over its cell. */
        private double outerMean(double share, double total, boolean highest) {
            double need = share;
            double sum = 0;
            for (int n = 0; n < mass.length && need > 0; n++) {
                int i = highest ? mass.length - 1 - n : n;
                double p = mass[i] / total;
                double take = Math.min(p, need);
                double part = p > 0 ? take / p : 0;
                double edge = highest ? origin + (i + 0.5) * step : origin + (i - 0.5) * step;
                double centre = highest ? edge - part * step / 2 : edge + part * step / 2;
                sum += take * centre;
                need -= take;
            }
            return sum / (share - need);
        }
    }
}
