package dev.estimator.core.negotiation;

import static dev.estimator.core.Estimates.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcessionStepTest {

    @Test
    void afterEachDiscountThePriceMarginAndHeadroomWorkedByHand() {
        // The shop: subtotal 13,000; 6 % off for a case study (780) → 12,220; surcharge 100 → 12,320;
        // 3 % off for prepayment (369.60) → 11,950.40. Cost 9,000; target 12,000; walk-away 11,500; max 10 %.
        Estimate shop = BudgetFitTest.shop();
        Estimate traded = new Estimate(shop.header(), shop.rateCard(), shop.breakdown(), shop.assumptions(),
                shop.exclusions(), shop.risks(), shop.contingency(), List.of(
                new Adjustment("case", AdjustmentKind.DISCOUNT, "Case study.", d("6"), null, "A case study.", null),
                new Adjustment("rush", AdjustmentKind.SURCHARGE, "Rush.", null, d("100")),
                new Adjustment("prepay", AdjustmentKind.DISCOUNT, "Prepayment.", d("3"), null, "Half up front.", null)),
                shop.tax(), shop.milestones(), shop.terms(), shop.alternatives(), shop.internal());

        List<ConcessionStep> steps = ConcessionStep.of(EstimateCalculator.calculate(traded));

        assertEquals(2, steps.size());
        ConcessionStep first = steps.getFirst();
        assertEquals(d("12220.00"), first.priceAfter());
        assertEquals(d("3220.00"), first.marginAfter().orElseThrow());
        assertEquals(d("220.00"), first.aboveTarget().orElseThrow());
        assertEquals(d("720.00"), first.aboveWalkAway().orElseThrow());
        assertEquals(d("6.00"), first.discountPercentSoFar());
        ConcessionStep second = steps.get(1);
        assertEquals(d("-369.60"), second.amount());
        assertEquals(d("11950.40"), second.priceAfter());
        assertEquals(d("-49.60"), second.aboveTarget().orElseThrow());
        assertEquals(d("8.84"), second.discountPercentSoFar());   // 1,149.60 of 13,000
        assertEquals(true, second.withinMaxDiscount().orElseThrow());
    }
}
