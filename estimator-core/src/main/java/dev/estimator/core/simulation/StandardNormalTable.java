package dev.estimator.core.simulation;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The standard normal CDF Φ from a table: Commons Statistics' values at 8,193 evenly spaced
 * points of [−8, 8], interpolated linearly (error below 5·10⁻⁷; beyond ±8, 0 or 1). A correlated
 * draw needs Φ once per item and trial; the table makes it a read instead of an erfc.
 */
final class StandardNormalTable {

    private static final double LIMIT = 8;
    private static final int CELLS = 8192;
    private static final double CELLS_PER_UNIT = CELLS / (2 * LIMIT);
    private static final double[] PHI = new double[CELLS + 2];

    static {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        for (int k = 0; k <= CELLS; k++) {
            PHI[k] = normal.cumulativeProbability(-LIMIT + k / CELLS_PER_UNIT);
        }
        PHI[CELLS + 1] = 1;
    }

    private StandardNormalTable() {
    }

    static double phi(double z) {
        if (z <= -LIMIT) {
            return 0;
        }
        if (z >= LIMIT) {
            return 1;
        }
        double s = (z + LIMIT) * CELLS_PER_UNIT;
        int k = (int) s;
        return PHI[k] + (s - k) * (PHI[k + 1] - PHI[k]);
    }
}
