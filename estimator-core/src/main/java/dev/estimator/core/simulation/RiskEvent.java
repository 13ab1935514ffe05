package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;

/**
 * A risk as a deviation from the base price: with {@code probability} (0 to 1) it happens and adds
 * an impact drawn uniformly between {@code low} and {@code high}; otherwise it adds nothing. Its
 * mean, {@code probability × (low + high) / 2}, is the risk's expected cost.
 */
public record RiskEvent(String id, double probability, double low, double high) {

    public RiskEvent {
        Preconditions.checkNotNull(id, "id");
        Preconditions.checkArgument(probability >= 0 && probability <= 1, "probability must lie in [0, 1]: %s",
                probability);
        Preconditions.checkArgument(Double.isFinite(low) && Double.isFinite(high) && low <= high,
                "impact must be a finite range, low <= high: %s..%s", low, high);
    }

    /** The deviation at probability {@code p} of its own distribution: nothing unless p lies in the top {@code probability}. */
    public double quantile(double p) {
        double notHappening = 1 - probability;
        if (p <= notHappening || probability == 0) {
            return 0;
        }
        return low + (p - notHappening) / probability * (high - low);
    }
}
