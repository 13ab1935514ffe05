package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * What to simulate: every outcome is the sum of one draw of each input, in the order given.
 *
 * @param groupCoefficients for each correlation group, the correlation (0 to 1) between the
 *                          normal scores of any two of its members (a one-factor Gaussian copula)
 * @param base              the base amount the deviations are counted from (used by {@code ratios})
 * @param ratios            when not empty, each trial draws one of them at random (all equally likely)
 *                          and scales its whole amount by it, {@code (base + deviation) × ratio}: past
 *                          projects' actual ÷ estimated as an uncertainty factor
 */
public record SimulationModel(List<UncertainAmount> amounts, List<RiskEvent> risks, List<Double> groupCoefficients,
                              int trials, long seed, double base, List<Double> ratios) {

    /** A model without an uncertainty factor. */
    public SimulationModel(List<UncertainAmount> amounts, List<RiskEvent> risks, List<Double> groupCoefficients,
                           int trials, long seed) {
        this(amounts, risks, groupCoefficients, trials, seed, 0, List.of());
    }

    public SimulationModel {
        amounts = List.copyOf(amounts);
        risks = List.copyOf(risks);
        groupCoefficients = List.copyOf(groupCoefficients);
        ratios = List.copyOf(ratios);
        for (double ratio : ratios) {
            Preconditions.checkArgument(ratio >= 0 && Double.isFinite(ratio), "a ratio must be finite, not negative: %s", ratio);
        }
        Preconditions.checkArgument(trials > 0, "trials must be positive: %s", trials);
        for (double rho : groupCoefficients) {
            Preconditions.checkArgument(rho >= 0 && rho <= 1, "a group coefficient must lie in [0, 1]: %s", rho);
        }
        for (UncertainAmount amount : amounts) {
            Preconditions.checkArgument(amount.group() < groupCoefficients.size(),
                    "%s names group %s of %s", amount.id(), amount.group(), groupCoefficients.size());
        }
    }
}
