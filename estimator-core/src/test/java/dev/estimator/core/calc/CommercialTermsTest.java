package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.header;
import static dev.estimator.core.Estimates.priced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.OverrunBearer;
import dev.estimator.core.model.PricingModel;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contingency billed on approval, worked by hand: 7 units at a unit price, contingency 8 %, a 5 %
 * discount, tax; milestones of 30 %, 30 % and the remainder. The billed chain is the subtotal
 * through the same discount and tax without the contingency; what is left of the price waits for
 * approval.
 */
class CommercialTermsTest {

    /** An estimate of 7 × {@code unitPrice}, 8 % contingency, 5 % discount, tax and three milestones. */
    private static Estimate estimate(String currency, String unitPrice, String taxPercent, ContingencyBilling billing) {
        return new Estimate(header(currency), RateCard.empty(),
                List.of(new Group("g", "Group", null, List.of(priced("A", "7", unitPrice)), null)),
                null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("8"), null, "Risks."),
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Loyalty.", d("5"), null)),
                new Tax("VAT", d(taxPercent)),
                List.of(new Milestone("Start", d("30"), null), new Milestone("Middle", d("30"), null),
                        new Milestone("End", d("40"), null)),
                null, null, null,
                Commercial.of(PricingModel.FIXED_PRICE).withContingencyBilling(billing), null);
    }

    @ParameterizedTest(name = "{0}: net {3}, tax {4}, total {5}; invoiced {6} + {7} + {8} = {9}; on approval {10} + {11} = {12}")
    @CsvSource({
            // 7 × 1234.56 = 8641.92; contingency 691.35; discount 5 % of 9333.27 = 466.66; net 8866.61;
            // VAT 1950.65; total 10817.26. Billed: discount 5 % of 8641.92 = 432.10; net 8209.82; VAT 1806.16;
            // total 10015.98; 30 % = 3004.79 twice, the last 10015.98 − 6009.58 = 4006.40.
            "EUR, 1234.56, 22, 8866.61, 1950.65, 10817.26, 3004.79, 3004.79, 4006.40, 10015.98, 656.79, 144.49, 801.28",
            // 7 × 123457 = 864199; contingency 69136 (69135.92); discount 46667 (46666.75); net 886668; tax 10 %
            // 88667; total 975335. Billed: discount 43210 (43209.95); net 820989; tax 82099; total 903088;
            // 30 % = 270926 (270926.4) twice, the last 361236.
            "JPY, 123457,  10, 886668,  88667,   975335,   270926,  270926,  361236,  903088,   65679,  6568,   72247",
            // The same digits three places lower: dinars round to the fils (3 decimals).
            "KWD, 123.457, 10, 886.668, 88.667,  975.335,  270.926, 270.926, 361.236, 903.088,  65.679, 6.568,  72.247",
    })
    void contingencyOnApprovalIsKeptOutOfTheMilestonesExactly(String currency, String unitPrice, String tax,
                                                             String net, String taxAmount, String total,
                                                             String m1, String m2, String m3, String billed,
                                                             String onApprovalNet, String onApprovalTax,
                                                             String onApprovalTotal) {
        EstimateTotals totals = EstimateCalculator.calculate(
                estimate(currency, unitPrice, tax, ContingencyBilling.ON_APPROVAL));
        // The price itself is unchanged: the contingency is still shown.
        assertEquals(d(net), totals.net());
        assertEquals(d(taxAmount), totals.tax());
        assertEquals(d(total), totals.grandTotal());
        assertEquals(List.of(d(m1), d(m2), d(m3)), totals.milestones().stream().map(MilestoneAmount::amount).toList());
        assertEquals(d(billed), totals.billedTotal());
        assertEquals(d(onApprovalNet), totals.billing().onApprovalNet());
        assertEquals(d(onApprovalTax), totals.billing().onApprovalTax());
        assertEquals(d(onApprovalTotal), totals.contingencyOnApproval());
        assertEquals(totals.grandTotal(), totals.billedTotal().add(totals.contingencyOnApproval()));
        assertEquals(totals.billedTotal(), totals.milestones().stream().map(MilestoneAmount::amount)
                .reduce(BigDecimal::add).orElseThrow());
    }

    @ParameterizedTest(name = "{0}: milestones {1}, {2}, {3} of the whole total")
    @CsvSource({
            "EUR, 1234.56, 22, 3245.18, 3245.18, 4326.90",  // 30 % of 10817.26 = 3245.178; last 10817.26 − 6490.36
            "JPY, 123457,  10, 292601,  292601,  390133",   // 30 % of 975335 = 292600.5 → 292601; last 975335 − 585202
            "KWD, 123.457, 10, 292.601, 292.601, 390.133",
    })
    void includedContingencyIsInvoicedThroughTheMilestonesAsBefore(String currency, String unitPrice, String tax,
                                                                  String m1, String m2, String m3) {
        EstimateTotals totals = EstimateCalculator.calculate(
                estimate(currency, unitPrice, tax, ContingencyBilling.INCLUDED));
        assertEquals(List.of(d(m1), d(m2), d(m3)), totals.milestones().stream().map(MilestoneAmount::amount).toList());
        assertEquals(totals.grandTotal(), totals.billedTotal());
        assertEquals(totals.rounding().zero(), totals.contingencyOnApproval());
        assertEquals(totals.price(), totals.billing().invoiced());
    }

    @Test
    void anEstimateWithoutCommercialTermsInvoicesEverythingAndHasNoCommercialFigures() {
        Estimate estimate = estimate("EUR", "1234.56", "22", ContingencyBilling.INCLUDED).withCommercial(null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(ContingencyBilling.INCLUDED, totals.billing().billing());
        assertEquals(d("10817.26"), totals.billedTotal());
        assertTrue(totals.commercial().isEmpty());
        assertTrue(totals.schedule().isEmpty());
    }

    /**
     * The capped file: design 4 days × 800 = 3200; build 10 days × 800 + 300 + 16 h × 100 = 9900;
     * subtotal 13100; contingency 10 % 1310; net 14410; VAT 3170.20; total 17580.20. On approval,
     * billed: net 13100, VAT 2882.00, total 15982.00; milestones 4794.60, 4794.60, 6392.80.
     */
    @Test
    void theCommercialFiguresOfACappedEstimateAreWorkedFromTheContractPrice() {
        Estimate estimate = EstimateFiles.load(Path.of("src/test/resources/commercial/capped.yaml")).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("14410.00"), totals.net());
        assertEquals(d("17580.20"), totals.grandTotal());
        assertEquals(d("13100.00"), totals.billing().invoiced().net());
        assertEquals(d("15982.00"), totals.billedTotal());
        assertEquals(d("1598.20"), totals.contingencyOnApproval());   // 1310 + 22 % VAT 288.20
        assertEquals(List.of(d("4794.60"), d("4794.60"), d("6392.80")),
                totals.milestones().stream().map(MilestoneAmount::amount).toList());
        CommercialFigures figures = totals.commercial().orElseThrow();
        assertEquals(PricingModel.CAPPED_TIME_AND_MATERIALS, figures.pricingModel());
        assertEquals(OverrunBearer.CLIENT_UP_TO_CAP, figures.overrunBearer());
        assertEquals(d("20000.00"), figures.cap());
        assertEquals(d("5590.00"), figures.capHeadroom());          // 20000 − 14410
        assertEquals(d("13100.00"), figures.liabilityCap());        // 100 % of the contract price
        assertEquals(d("65.50"), figures.delayPenaltyPerWeek());    // 0.5 % of 13100
        assertEquals(d("655.00"), figures.delayPenaltyMaximum());   // 5 % of 13100
        assertEquals(false, figures.overrunStated());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "FIXED_PRICE, PROVIDER",
            "FIXED_PRICE_PER_MILESTONE, PROVIDER",
            "TIME_AND_MATERIALS, CLIENT",
            "CAPPED_TIME_AND_MATERIALS, CLIENT_UP_TO_CAP",
    })
    void whoBearsAnOverrunFollowsFromThePricingModel(PricingModel model, OverrunBearer bearer) {
        assertEquals(bearer, Commercial.of(model).overrunBearer());
    }

    @Test
    void anAmountDiscountIsTakenWholeFromTheBilledPrice() {
        // 7 × 1234.56 = 8641.92; contingency 691.35; discount 1000; net 8333.27; no tax.
        // Billed: 8641.92 − 1000 = 7641.92; on approval: exactly the contingency, 691.35.
        Estimate base = estimate("EUR", "1234.56", "0", ContingencyBilling.ON_APPROVAL);
        Estimate estimate = new Estimate(base.header(), base.rateCard(), base.breakdown(), null, null, null,
                base.contingency(), List.of(new Adjustment("d", AdjustmentKind.DISCOUNT, "Deal.", null, d("1000"))),
                base.tax(), base.milestones(), null, null, null, base.commercial(), null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("8333.27"), totals.net());
        assertEquals(d("7641.92"), totals.billedTotal());
        assertEquals(d("691.35"), totals.contingencyOnApproval());
    }

    @Test
    void totalsComputedTwiceAreEqual() {
        Estimate estimate = estimate("EUR", "1234.56", "22", ContingencyBilling.ON_APPROVAL);
        assertEquals(EstimateCalculator.calculate(estimate), EstimateCalculator.calculate(estimate));
    }
}
