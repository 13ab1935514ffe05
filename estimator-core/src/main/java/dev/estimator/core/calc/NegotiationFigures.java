package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * The provider's negotiation figures, computed from the internal section and the net price.
 * Internal. Each component is {@code null} when the figure it depends on is not stated.
 *
 * @param targetPrice        the target price, rounded to the currency
 * @param walkAwayPrice      the walk-away price, rounded to the currency
 * @param maxDiscountPercent the largest discount allowed, as stated
 * @param netVersusTarget    net price − target price: positive when the quote is above the target
 * @param netVersusWalkAway  net price − walk-away price: how much room is left above the floor
 * @param netAtMaxDiscount   the net price less the largest discount allowed ({@code net − net × max %},
 *                           the discount rounded once)
 */
public record NegotiationFigures(BigDecimal targetPrice, BigDecimal walkAwayPrice, BigDecimal maxDiscountPercent,
                                 BigDecimal netVersusTarget, BigDecimal netVersusWalkAway,
                                 BigDecimal netAtMaxDiscount) {
}
