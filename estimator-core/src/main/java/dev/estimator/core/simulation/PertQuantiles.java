package dev.estimator.core.simulation;

import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Fast inversion of a distribution on [0, 1], in two tables built once per shape.
 *
 * <ol>
 *   <li>Its CDF, computed by Commons Statistics at {@value #CDF_CELLS} + 1 evenly spaced points and
 *       interpolated linearly between them: within (1/{@value #CDF_CELLS})² × max|f′| / 8 of the
 *       true CDF, below 4·10⁻⁵ for every PERT-beta (whose density's slope stays under 20).</li>
 *   <li>Its quantiles at {@value #QUANTILE_CELLS} + 1 evenly spaced probabilities, read off that
 *       CDF exactly (a guide table finds each cell), and interpolated linearly in turn.</li>
 * </ol>
 * One draw then costs a uniform number, one table read and one multiply-add, instead of an
 * iterative inverse. Between P1 and P99 the result is within 10⁻⁴ of the analytic quantile (as a
 * share of the range), far inside the sampling error of 100,000 trials (about 10⁻³ at P80); only the
 * outer 1/{@value #QUANTILE_CELLS} at either end, where the quantile function is steepest, is coarser.
 */
final class PertQuantiles {

    static final int CDF_CELLS = 256;
    static final int QUANTILE_CELLS = 2048;

    private final double[] quantile = new double[QUANTILE_CELLS + 2];

    PertQuantiles(ContinuousDistribution distribution) {
        double[] cdf = new double[CDF_CELLS + 1];
        for (int j = 1; j < CDF_CELLS; j++) {
            cdf[j] = distribution.cumulativeProbability(j / (double) CDF_CELLS);
        }
        cdf[CDF_CELLS] = 1;
        int cell = 0;
        for (int k = 0; k <= QUANTILE_CELLS; k++) {
            double u = k / (double) QUANTILE_CELLS;
            while (cell < CDF_CELLS - 1 && cdf[cell + 1] <= u) {
                cell++;
            }
            double mass = cdf[cell + 1] - cdf[cell];
            double within = mass > 0 ? (u - cdf[cell]) / mass : 0;
            quantile[k] = Math.min(1, (cell + within) / CDF_CELLS);
        }
        quantile[QUANTILE_CELLS + 1] = 1;   // so that u = 1 (from a rounded normal score) reads a cell too
    }

    /** The point of [0, 1] below which a share {@code u} of the distribution lies; {@code u} in [0, 1]. */
    double inverse(double u) {
        double s = u * QUANTILE_CELLS;
        int k = (int) s;
        double low = quantile[k];
        return low + (s - k) * (quantile[k + 1] - low);
    }
}
