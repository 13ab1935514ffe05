package dev.estimator.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tables agree with Commons Statistics' exact functions to the stated error. */
class PertQuantilesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.05, 0.2, 0.25, 0.5, 0.8, 0.95, 1})
    void theTabulatedQuantilesMatchTheExactOnesFromP1ToP99(double mode) {
        BetaDistribution beta = BetaDistribution.of(1 + 4 * mode, 1 + 4 * (1 - mode));
        PertQuantiles table = new PertQuantiles(beta);
        for (int i = 1; i <= 999; i++) {
            double u = i / 1000.0 * 0.98 + 0.01;
            assertEquals(beta.inverseCumulativeProbability(u), table.inverse(u), 1e-4, "u = " + u);
        }
        assertEquals(0, table.inverse(0), 1e-3);
        assertEquals(1, table.inverse(1), 1e-12);
    }

    @Test
    void theTabulatedNormalCdfMatchesTheExactOne() {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        for (double z = -9; z <= 9; z += 0.0013) {
            assertEquals(normal.cumulativeProbability(z), StandardNormalTable.phi(z), 5e-7, "z = " + z);
        }
    }
}
