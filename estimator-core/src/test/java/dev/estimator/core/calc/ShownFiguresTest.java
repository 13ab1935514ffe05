package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.priced;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures documents show besides the price chain: each one computed here, not by a renderer. */
class ShownFiguresTest {

    /** Two groups, one nested in the other: {@code outer} holds L (labour) and the group {@code inner} holding H. */
    private static Estimate nested(String targetPrice, String walkAwayPrice, String maxDiscount) {
        Estimate flat = withItems("EUR", rateCard("800", "500", RatePeriod.DAY), labour("L", Quantity.of(3), Unit.DAYS));
        Group inner = new Group("inner", "Inner", null, List.of(priced("H", "2", "150.50").withUnitCost(d("100.10"))), null);
        Group outer = new Group("outer", "Outer", null, flat.breakdown().getFirst().items(), List.of(inner));
        return new Estimate(flat.header(), flat.rateCard(), List.of(outer), null, null, null, null, null, null, null,
                null, null, targetPrice == null && walkAwayPrice == null && maxDiscount == null ? null
                : new InternalSection(dec(targetPrice), dec(walkAwayPrice), dec(maxDiscount), "Notes."));
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : d(value);
    }

    @Test
    void everyGroupHasItsPriceCostAndMarginDepthFirst() {
        EstimateTotals totals = EstimateCalculator.calculate(nested(null, null, null));
        List<GroupMargin> groups = totals.internal().orElseThrow().groups();
        // outer: 2400 + 301 = 2701 price; 1500 + 200.20 = 1700.20 cost
        assertEquals(List.of(
                new GroupMargin("outer", "Outer", 0, d("2701.00"), d("1700.20"), d("1000.80"), d("37.05")),
                new GroupMargin("inner", "Inner", 1, d("301.00"), d("200.20"), d("100.80"), d("33.49"))), groups);
        assertEquals(d("1700.20"), totals.groups().getFirst().cost());
    }

    @Test
    void aGroupWithAnItemOfUnknownCostHasNoCost() {
        Estimate estimate = withItems("EUR", rateCard("800", null, RatePeriod.DAY), labour("L", Quantity.of(3), Unit.DAYS),
                priced("H", "1", "10"));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertNull(totals.groups().getFirst().cost());
        assertNull(totals.item("L").costRate());
        assertEquals(d("10"), totals.item("H").costRate());   // passed through at cost
        assertEquals(d("10.00"), totals.item("H").cost());
    }

    @Test
    void theCostRatePerUnitIsTheRolesCostConvertedToTheItemsUnit() {
        Estimate estimate = withItems("EUR", rateCard("90", "55.555", RatePeriod.HOUR), labour("L", Quantity.of(2), Unit.DAYS));
        ItemTotal item = EstimateCalculator.calculate(estimate).item("L");
        assertEquals(d("444.44"), item.costRate());   // 55.555 × 8 hours, rounded
        assertEquals(d("888.88"), item.cost());
    }

    @ParameterizedTest(name = "net {0}, target {1}, walk-away {2}, max {3} %")
    @CsvSource(nullValues = "-", value = {
            // net,   target,   walk-away, max %, vs target, vs walk-away, at max discount
            "2701.00, 2500,     2200.004,  7.5,   201.00,    501.00,       2498.42",   // 202.575 rounds up
            "2701.00, 3000.005, -,         -,     -299.01,   -,            -",
            "2701.00, -,        -,         0,     -,         -,            2701.00",
    })
    void negotiationFiguresAreTheNetPriceAgainstEachStatedPrice(String net, String target, String walkAway,
                                                                String max, String versusTarget, String versusWalkAway,
                                                                String atMax) {
        EstimateTotals totals = EstimateCalculator.calculate(nested(target, walkAway, max));
        assertEquals(d(net), totals.net());
        NegotiationFigures figures = totals.negotiation().orElseThrow();
        assertEquals(target == null ? null : d(target).setScale(2, RoundingPolicy.MODE), figures.targetPrice());
        assertEquals(walkAway == null ? null : d(walkAway).setScale(2, RoundingPolicy.MODE), figures.walkAwayPrice());
        assertEquals(dec(max), figures.maxDiscountPercent());
        assertEquals(dec(versusTarget), figures.netVersusTarget());
        assertEquals(dec(versusWalkAway), figures.netVersusWalkAway());
        assertEquals(dec(atMax), figures.netAtMaxDiscount());
    }

    @Test
    void noInternalSectionNoNegotiationFigures() {
        assertTrue(EstimateCalculator.calculate(nested(null, null, null)).negotiation().isEmpty());
        Estimate client = nested("2500", "2200", "5").redactedFor(Audience.CLIENT);
        assertTrue(EstimateCalculator.calculate(client).negotiation().isEmpty());
        assertTrue(EstimateCalculator.calculate(client).internal().isEmpty());
    }

    @Test
    void expectedRiskCostSumsTheRoundedExpectedCostsAndSharesHaveTwoDecimals() {
        Estimate base = nested(null, null, null);
        Estimate estimate = new Estimate(base.header(), base.rateCard(), base.breakdown(), null, null,
                List.of(new Risk("R1", "One", d("30"), new CostRange(d("1000"), d("2001")), null, null),
                        new Risk("R2", "Two", d("12.5"), new CostRange(d("0.01"), d("0.07")), null, null)),
                null, null, null, List.of(new Milestone("Start", d("33.3"), null), new Milestone("End", d("66.7"), null)),
                null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("450.16"), totals.expectedRiskCost());   // 450.15 + 0.01 (0.125 × 0.04 = 0.005)
        assertEquals(d("88.86"), totals.shareOfSubtotal("L"));  // 2400 / 2701
        assertEquals(d("11.14"), totals.shareOfSubtotal("H"));  // 301 / 2701
        assertEquals(d("100.0"), totals.scheduledPercent());
        assertEquals(d("0.00"), EstimateCalculator.calculate(nested(null, null, null)).expectedRiskCost());
    }
}
