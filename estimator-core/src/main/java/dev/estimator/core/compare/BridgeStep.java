package dev.estimator.core.compare;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One step of the revision bridge: the grand total before and after one change, both computed by
 * the calculator, so {@code amount = totalAfter − totalBefore} exactly.
 *
 * @param amount      the change in the grand total this step causes (negative when it lowers the price)
 * @param netChange   the change in the net price (before tax)
 * @param costChange  the change in the internal cost, when both revisions carry cost rates
 * @param marginChange the change in the margin (net − cost), when both revisions carry cost rates
 * @param reason      the current revision's reason for this change ({@code header.revision.changes}), if given
 */
public record BridgeStep(BridgeCause cause, BigDecimal totalBefore, BigDecimal totalAfter, BigDecimal amount,
                         BigDecimal netChange, Optional<BigDecimal> costChange, Optional<BigDecimal> marginChange,
                         Optional<String> reason) {

    public BridgeStep {
        Preconditions.checkNotNull(cause, "cause");
        Preconditions.checkArgument(totalAfter.subtract(totalBefore).compareTo(amount) == 0,
                "a step's amount is the difference of its totals");
    }
}
