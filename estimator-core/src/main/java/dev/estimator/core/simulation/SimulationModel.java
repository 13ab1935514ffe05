package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * What to simulate: every outcome is the sum of one draw of each input, in the order given.
 *
 * @param groupCoefficients for each correlation group, the correlation (0 to 1) between the
 *                          normal scores of any two of its members (a one-factor Gaussian copula)
 */
public record SimulationModel(List<UncertainAmount> amounts, List<RiskEvent> risks, List<Double> groupCoefficients,
                              int trials, long seed) {

    public SimulationModel {
        amounts = List.copyOf(amounts);
        risks = List.copyOf(risks);
        groupCoefficients = List.copyOf(groupCoefficients);
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
