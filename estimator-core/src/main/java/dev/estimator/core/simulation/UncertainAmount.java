package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A three-point input as a deviation from the base price: {@code offset + span × X}, where X
 * follows the PERT-beta distribution on [0, 1] with its mode at {@code mode}, that is
 * Beta(1 + 4·mode, 1 + 4·(1 − mode)). For an item priced at {@code base}, with rate r and points
 * O ≤ M ≤ P: {@code offset = r·O − base}, {@code span = r·(P − O)}, {@code mode = (M − O) / (P − O)}.
 *
 * @param group the index of its correlation group in {@link SimulationModel#groupCoefficients()},
 *              or {@code -1} when it moves independently
 */
public record UncertainAmount(String id, double offset, double span, double mode, int group) {

    public UncertainAmount {
        Preconditions.checkNotNull(id, "id");
        // Spelled out rather than Preconditions.checkArgument(…, "%s", double): one is made per
        // three-point item and pricing, and boxing each figure for a message never printed showed in profiles.
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("offset must be finite: " + offset);
        }
        if (!(span >= 0 && Double.isFinite(span))) {
            throw new IllegalArgumentException("span must be finite and not negative: " + span);
        }
        if (!(mode >= 0 && mode <= 1)) {
            throw new IllegalArgumentException("mode must lie in [0, 1]: " + mode);
        }
        Preconditions.checkArgument(group >= -1, "group must be an index or -1: %s", group);
    }

    /**
     * What the input's draws depend on besides its id: independent inputs of one shape have one
     * distribution (the engine draws many as one sum) and one tornado bar.
     */
    public record Shape(double offset, double span, double mode) {

        /** Whether {@code amount} has this shape: {@code equals(amount.shape())}, without making one. */
        public boolean matches(UncertainAmount amount) {
            return Double.compare(offset, amount.offset()) == 0 && Double.compare(span, amount.span()) == 0
                    && Double.compare(mode, amount.mode()) == 0;
        }
    }

    /** This input's shape. */
    public Shape shape() {
        return new Shape(offset, span, mode);
    }

    /** The PERT-beta distribution of X, from Commons Statistics. */
    BetaDistribution distribution() {
        return BetaDistribution.of(1 + 4 * mode, 1 + 4 * (1 - mode));
    }

    /** The deviation at probability {@code p} of its own distribution (exact inverse, not tabulated). */
    public double quantile(double p) {
        return offset + span * distribution().inverseCumulativeProbability(p);
    }
}
