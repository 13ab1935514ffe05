package dev.estimator.core.compare;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The walk from the previous revision's grand total to the current one, step by step.
 *
 * <p>Each step applies one change on top of the earlier ones and recomputes the estimate with the
 * real calculator; its amount is the difference between the two grand totals. The steps therefore
 * add up to the difference exactly, to the minor unit, and each interaction (a rate change over a
 * quantity that also changed, a discount over a larger subtotal) lands deterministically on the
 * later step in the {@link BridgePhase} order. Within a phase, removals come in the previous
 * revision's order and everything else in the current revision's order.
 *
 * @param steps       the steps, in {@link BridgePhase} order; their amounts add up to {@code difference}
 * @param note        the current revision's note, which stays next to the steps
 * @param costMovement cost and margin before and after, when both revisions carry cost rates (internal)
 */
public record RevisionBridge(
        int previousRevision,
        int currentRevision,
        String currency,
        BigDecimal previousTotal,
        BigDecimal currentTotal,
        BigDecimal difference,
        BigDecimal previousNet,
        BigDecimal currentNet,
        List<BridgeStep> steps,
        RevisionMatch match,
        List<ComparisonWarning> warnings,
        String note,
        Optional<CostMovement> costMovement) {

    public RevisionBridge {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
        Preconditions.checkArgument(currentTotal.subtract(previousTotal).compareTo(difference) == 0,
                "the difference is the current total less the previous one");
        BigDecimal sum = steps.stream().map(BridgeStep::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Preconditions.checkArgument(sum.compareTo(difference) == 0,
                "the steps add up to %s, not to the difference %s", sum, difference);
    }

    /**
     * The bridge from {@code previous} to {@code current}, both valid estimates in one currency.
     * Pass both as the audience will see them: redacted for a client, cost and margin are absent.
     *
     * @throws IllegalArgumentException when the currencies differ (check {@link #sameCurrency} first)
     */
    public static RevisionBridge between(Estimate previous, Estimate current) {
        Preconditions.checkNotNull(previous, "previous");
        Preconditions.checkNotNull(current, "current");
        Preconditions.checkArgument(sameCurrency(previous, current),
                "the revisions are in different currencies (%s and %s); a bridge needs one currency",
                previous.header().currency(), current.header().currency());
        return new BridgeWalk(previous, current).walk();
    }

    /** Whether the two estimates are priced in the same currency. */
    public static boolean sameCurrency(Estimate previous, Estimate current) {
        return Objects.equals(previous.header().currency(), current.header().currency());
    }

    /** The steps of one phase, in order. */
    public List<BridgeStep> steps(BridgePhase phase) {
        return steps.stream().filter(s -> s.cause().phase() == phase).toList();
    }
}
