package dev.estimator.core.calc;

import dev.estimator.core.model.Alternative;
import java.math.BigDecimal;

/**
 * An alternative's totals, derived by applying its changes to the baseline.
 *
 * @param totals the alternative's own totals (with no alternatives of its own)
 * @param delta  its grand total minus the baseline's: negative when it saves money
 * @param totalCostOfOwnershipDelta its total cost of ownership minus the baseline's (buying versus renting
 *               moves this and the grand total in opposite directions)
 */
public record AlternativeTotals(Alternative alternative, EstimateTotals totals, BigDecimal delta,
                                BigDecimal totalCostOfOwnershipDelta) {
}
