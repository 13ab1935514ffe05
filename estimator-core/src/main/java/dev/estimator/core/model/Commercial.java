package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The commercial terms as structure, so the documents can phrase them in every language and
 * check them against the figures. The free {@code terms} of the estimate stay beside them.
 *
 * @param pricingModel       how the price is agreed; it decides who bears an overrun
 * @param cap                with {@link PricingModel#CAPPED_TIME_AND_MATERIALS} only: the most the client
 *                           pays before tax
 * @param overrun            replaces the sentence the documents derive from {@link #overrunBearer()}, or {@code null}
 * @param contingencyBilling whether the contingency is invoiced with the price; {@link ContingencyBilling#INCLUDED}
 *                           when not stated
 * @param paymentDays        days from an invoice to its payment, or {@code null}
 */
public record Commercial(
        @NotNull(message = "give the pricing model: fixed-price, time-and-materials, capped-time-and-materials"
                + " or fixed-price-per-milestone") PricingModel pricingModel,
        @Positive(message = "a cap is above zero") BigDecimal cap,
        String overrun,
        @Valid ChangeRequests changeRequests,
        ContingencyBilling contingencyBilling,
        @PositiveOrZero(message = "payment days cannot be negative")
        @Max(value = 365, message = "payment terms beyond 365 days are not credible") Integer paymentDays,
        @Valid Warranty warranty,
        @Valid Acceptance acceptance,
        @Valid IntellectualProperty intellectualProperty,
        @Valid LiabilityCap liabilityCap,
        @Valid DataProcessing dataProcessing,
        @Valid DelayPenalties delayPenalties) {

    public Commercial {
        contingencyBilling = contingencyBilling == null ? ContingencyBilling.INCLUDED : contingencyBilling;
    }

    /** Terms with only a pricing model: contingency included, nothing else stated. */
    public static Commercial of(PricingModel pricingModel) {
        return new Commercial(pricingModel, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Who pays for an overrun, derived from the pricing model; {@code null} when the model is missing. */
    public OverrunBearer overrunBearer() {
        return pricingModel == null ? null : pricingModel.overrunBearer();
    }

    public Commercial withCap(BigDecimal newCap) {
        return new Commercial(pricingModel, newCap, overrun, changeRequests, contingencyBilling, paymentDays, warranty,
                acceptance, intellectualProperty, liabilityCap, dataProcessing, delayPenalties);
    }

    public Commercial withContingencyBilling(ContingencyBilling newBilling) {
        return new Commercial(pricingModel, cap, overrun, changeRequests, newBilling, paymentDays, warranty,
                acceptance, intellectualProperty, liabilityCap, dataProcessing, delayPenalties);
    }

    public Commercial withPaymentDays(Integer days) {
        return new Commercial(pricingModel, cap, overrun, changeRequests, contingencyBilling, days, warranty,
                acceptance, intellectualProperty, liabilityCap, dataProcessing, delayPenalties);
    }
}
