package dev.estimator.core.calc;

import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.OverrunBearer;
import dev.estimator.core.model.PricingModel;
import java.math.BigDecimal;

/**
 * The figures the commercial terms imply, each rounded once. The contract price is the net price
 * invoiced (before tax, without a contingency drawn only on approval).
 *
 * @param terms               the terms as stated
 * @param overrunBearer       who pays for an overrun, derived from the pricing model
 * @param cap                 the cap of capped time and materials, rounded to the currency; {@code null} otherwise
 * @param capHeadroom         the cap less the net price with the contingency (what is left under the cap if
 *                            every estimated day and the whole contingency are spent); {@code null} without a cap
 * @param liabilityCap        the liability cap as an amount: the stated amount, or its percentage of the
 *                            contract price; {@code null} when none is stated
 * @param delayPenaltyPerWeek the penalty per week of delay; {@code null} when penalties do not apply
 * @param delayPenaltyMaximum the most the penalties can add up to; {@code null} when they do not apply
 */
public record CommercialFigures(Commercial terms, OverrunBearer overrunBearer, BigDecimal cap, BigDecimal capHeadroom,
                                BigDecimal liabilityCap, BigDecimal delayPenaltyPerWeek,
                                BigDecimal delayPenaltyMaximum) {

    public PricingModel pricingModel() {
        return terms.pricingModel();
    }

    /** Whether the documents should use the stated {@code overrun} text instead of phrasing {@link #overrunBearer}. */
    public boolean overrunStated() {
        return terms.overrun() != null && !terms.overrun().isBlank();
    }
}
