package dev.estimator.core.negotiation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A counter-proposal that reaches an offered price by giving something up rather than by a bare
 * discount: a combination from the budget fit, with whatever discount is still needed on top.
 *
 * @param proposedPrice   the price to propose (net or gross, as the offer): the offer when the combination is
 *                        within it or a discount brings it there; the combination's own price when the offer
 *                        is below walk-away, so that no discount may bridge the gap
 * @param discountNeeded  the discount on top of the combination to reach the proposed price; zero when none
 * @param discountPercent that discount as a percentage of the combination's amount, 2 decimals
 * @param withinMaxDiscount whether that discount stays within the largest discount allowed, when one is stated
 */
public record Counter(FitCandidate candidate, BigDecimal proposedPrice, BigDecimal discountNeeded, BigDecimal discountPercent,
                      Optional<Boolean> withinMaxDiscount) {
}
