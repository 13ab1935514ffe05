package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.priced;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimateCalculatorTest {

    @ParameterizedTest(name = "{0}: {1} x {2} = {3}")
    @CsvSource({
            "EUR, 3,     33.335,  100.01",   // 100.005 rounds half up
            "EUR, 1,     0.005,   0.01",
            "EUR, 1,     0.0049,  0.00",
            "EUR, 2.5,   10.01,   25.03",    // 25.025
            "EUR, 7,     0,       0.00",
            "EUR, 0.333, 1.01,    0.34",     // 0.33633
            "JPY, 3,     333.5,   1001",     // 1000.5: no minor unit in yen
            "JPY, 1.25,  1000,    1250",
            "JPY, 0.333, 1000,    333",
            "USD, 12,    99.99,   1199.88",
            "KWD, 3,     1.0005,  3.002",    // three decimals for dinars (3.0015 rounds half up)
    })
    void itemAmountIsQuantityTimesRateRoundedOnceToTheCurrencyScale(String currency, String quantity, String rate,
                                                                     String expected) {
        Estimate estimate = withItems(currency, RateCard.empty(), priced("A", quantity, rate));
        ItemTotal item = EstimateCalculator.calculate(estimate).item("A");
        assertEquals(d(expected), item.amount());
        assertEquals(d(expected), EstimateCalculator.calculate(estimate).subtotal());
    }

    @ParameterizedTest(name = "PERT({0}, {1}, {2}) = {3}")
    @CsvSource({
            "8, 10, 15,  10.50",
            "1, 2,  4,   2.17",     // 13/6 = 2.1666...
            "1, 1,  1,   1.00",
            "0, 0,  1,   0.17",
            "2, 3,  3,   2.83",
            "0.5, 0.75, 2, 0.92",   // 5.5 / 6 = 0.91666...
    })
    void threePointQuantityIsPricedAtThePertMeanRoundedToTwoDecimals(String o, String m, String p, String mean) {
        BigDecimal expected = d(mean);
        Estimate estimate = withItems("EUR", rateCard("100", null, RatePeriod.DAY),
                labour("L", Quantity.threePoint(d(o), d(m), d(p)), Unit.DAYS));
        ItemTotal item = EstimateCalculator.calculate(estimate).item("L");
        assertEquals(expected, item.quantity());
        assertEquals(expected.multiply(d("100")).setScale(2), item.amount());
    }

    @ParameterizedTest(name = "{0} rate {1} per {2}, item in {3}: {4} per unit")
    @CsvSource({
            "EUR, 90,     hour, DAYS,  720",
            "EUR, 700,    day,  HOURS, 87.50",
            "EUR, 650,    day,  HOURS, 81.25",
            "EUR, 701,    day,  HOURS, 87.63",     // 87.625
            "JPY, 100000, day,  HOURS, 12500",
            "JPY, 70001,  day,  HOURS, 8750",      // 8750.125
            "EUR, 85,     hour, HOURS, 85",
    })
    void roleRatesConvertBetweenHoursAndDays(String currency, String rate, String per, Unit unit, String expected) {
        RatePeriod period = RatePeriod.valueOf(per.toUpperCase());
        Estimate estimate = withItems(currency, rateCard(rate, null, period), labour("L", Quantity.of(1), unit));
        assertEquals(0, d(expected).compareTo(EstimateCalculator.calculate(estimate).item("L").rate()));
    }

    /** Every step worked by hand: 3 × 33.335 + 2 × 19.99, 10 % contingency, −5 %, +10.00, 22 % tax, 30/30/40. */
    @Test
    void euroEstimateTotalsStepByStep() {
        Estimate estimate = new Estimate(Estimates.header("EUR"), RateCard.empty(),
                List.of(new dev.estimator.core.model.Group("g", "Group", null,
                        List.of(priced("A", "3", "33.335"), priced("B", "2", "19.99")), null)),
                null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("10"), null, "Ten percent."),
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Loyalty", d("5"), null),
                        new Adjustment("rush", AdjustmentKind.SURCHARGE, "Rush", null, d("10"))),
                new Tax("VAT", d("22")),
                List.of(new Milestone("Start", d("30"), null), new Milestone("Middle", d("30"), null),
                        new Milestone("End", d("40"), null)),
                null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("100.01"), totals.item("A").amount());
        assertEquals(d("39.98"), totals.item("B").amount());
        assertEquals(d("139.99"), totals.subtotal());
        assertEquals(d("14.00"), totals.contingency());            // 13.999
        assertEquals(d("153.99"), totals.price().adjustments().get(0).base());
        assertEquals(d("-7.70"), totals.price().adjustments().get(0).amount());   // 7.6995
        assertEquals(d("10.00"), totals.price().adjustments().get(1).amount());
        assertEquals(d("156.29"), totals.net());
        assertEquals(d("34.38"), totals.tax());                    // 34.3838
        assertEquals(d("190.67"), totals.grandTotal());
        assertEquals(List.of(d("57.20"), d("57.20"), d("76.27")),
                totals.milestones().stream().map(MilestoneAmount::amount).toList());
    }

    /** Yen: no minor unit anywhere; three-point labour; its range and P80 worked by hand. */
    @Test
    void yenEstimateTotalsAndRangeStepByStep() {
        Estimate estimate = new Estimate(Estimates.header("JPY"), rateCard("95000", "60000", RatePeriod.DAY),
                List.of(new dev.estimator.core.model.Group("g", "Group", null, List.of(
                        labour("L", Quantity.threePoint(d("3"), d("5"), d("9")), Unit.DAYS),
                        priced("P", "2", "12345")), null)),
                null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("7.5"), null, "Reserve."),
                List.of(new Adjustment("d", AdjustmentKind.DISCOUNT, "Volume", d("3"), null)),
                new Tax("消費税", d("10")), null, null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("5.33"), totals.item("L").quantity());
        assertEquals(d("506350"), totals.item("L").amount());
        assertEquals(d("531040"), totals.subtotal());
        assertEquals(d("39828"), totals.contingency());
        assertEquals(d("-17126"), totals.price().adjustments().getFirst().amount());   // 17126.04
        assertEquals(d("553742"), totals.net());
        assertEquals(d("55374"), totals.tax());                    // 55374.2
        assertEquals(d("609116"), totals.grandTotal());
        assertEquals(d("355222"), totals.range().optimistic());
        assertEquals(d("95000"), totals.range().standardDeviation());
        assertEquals(d("700823"), totals.range().p80());
        assertEquals(0, totals.grandTotal().scale());
        // Internal: 5.33 days × 60,000 + the hardware passed through at its price.
        assertEquals(d("344490"), totals.internal().orElseThrow().cost());
        assertEquals(d("209252"), totals.internal().orElseThrow().margin());
    }

    @Test
    void manySmallLinesWithPercentagesAddUpExactlyAtEveryLevel() {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < 997; i++) {
            items.add(priced("I" + i, "0.333", "1.01"));    // each 0.33633 -> 0.34
        }
        Estimate estimate = new Estimate(Estimates.header("EUR"), RateCard.empty(),
                List.of(new dev.estimator.core.model.Group("g", "Group", null, items, null)),
                null, null, null, new Contingency(ContingencyMethod.PERCENT, d("3.3"), null, "Reserve."),
                List.of(new Adjustment("a", AdjustmentKind.DISCOUNT, "One", d("7.77"), null),
                        new Adjustment("b", AdjustmentKind.DISCOUNT, "Two", d("1.11"), null)),
                new Tax("VAT", d("21")),
                List.of(new Milestone("A", d("33.33"), null), new Milestone("B", d("33.33"), null),
                        new Milestone("C", d("33.34"), null)),
                null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        BigDecimal lines = totals.items().values().stream().map(ItemTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(d("338.98"), lines);                           // 997 × 0.34, not 997 × 0.33633 = 335.32
        assertEquals(lines, totals.subtotal());
        BigDecimal adjustments = totals.price().adjustments().stream().map(AdjustmentAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(totals.subtotal().add(totals.contingency()).add(adjustments), totals.net());
        assertEquals(totals.net().add(totals.tax()), totals.grandTotal());
        assertEquals(totals.grandTotal(), totals.milestones().stream().map(MilestoneAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        totals.items().values().forEach(i -> assertEquals(2, i.amount().scale()));
        assertEquals(2, totals.tax().scale());
    }

    @Test
    void riskBasedContingencyIsTheSumOfRoundedExpectedCosts() {
        Estimate base = withItems("EUR", RateCard.empty(), priced("A", "1", "1000"));
        Estimate estimate = new Estimate(base.header(), base.rateCard(), base.breakdown(), null, null,
                List.of(new Risk("R1", "One", d("30"), new CostRange(d("1000"), d("2001")), null, null),
                        new Risk("R2", "Two", d("12.5"), new CostRange(d("0.01"), d("0.02")), null, null)),
                new Contingency(ContingencyMethod.RISK_BASED, null, null, "Expected cost of the risks."),
                null, null, null, null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("450.15"), totals.riskExposures().get(0).expectedCost());   // 0.3 × 1500.5
        assertEquals(d("0.00"), totals.riskExposures().get(1).expectedCost());     // 0.125 × 0.015
        assertEquals(d("450.15"), totals.contingency());
    }

    @Test
    void alternativesApplyTheirChangesInOrderAndBuildOnEachOther() {
        Estimate base = withItems("EUR", rateCard("800", null, RatePeriod.DAY),
                labour("L1", Quantity.of(10), Unit.DAYS), labour("L2", Quantity.of(5), Unit.DAYS),
                priced("H", "2", "1500"));
        LineItem saas = priced("S", "12", "99");
        Estimate estimate = base.withAlternatives(List.of(
                new Alternative("lean", "Lean", "Why", "Gains", "Gives up", null, List.of(
                        new Change.Drop("H"), new Change.ChangeQuantity("L1", Quantity.of(8)))),
                new Alternative("cheap", "Cheaper", "Why", "Gains", "Gives up", "lean", List.of(
                        new Change.ChangeRate("dev", d("700")), new Change.Swap("L2", saas))),
                new Alternative("more", "More", "Why", "Gains", "Gives up", null, List.of(
                        new Change.Add("g", priced("X", "1", "250")), new Change.ChangeUnitPrice("H", d("1400"))))));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("15000.00"), totals.grandTotal());   // 8000 + 4000 + 3000
        assertEquals(d("10400.00"), totals.alternatives().get(0).totals().grandTotal());   // 6400 + 4000
        assertEquals(d("-4600.00"), totals.alternatives().get(0).delta());
        assertEquals(d("6788.00"), totals.alternatives().get(1).totals().grandTotal());    // 8 × 700 + 12 × 99
        assertEquals(d("-8212.00"), totals.alternatives().get(1).delta());
        assertEquals(d("15050.00"), totals.alternatives().get(2).totals().grandTotal());   // + 250 − 2 × 100
        assertEquals(d("50.00"), totals.alternatives().get(2).delta());
    }

    @Test
    void aRateChangeMayAlsoChangeTheRolesInternalCost() {
        Estimate estimate = withItems("EUR", rateCard("800", "500", RatePeriod.DAY), labour("L", Quantity.of(10), Unit.DAYS))
                .withAlternatives(List.of(
                        new Alternative("near", "Nearshore", "Why", "Gains", "Gives up", null,
                                List.of(new Change.ChangeRate("dev", d("600"), d("350")))),
                        new Alternative("cut", "Price cut", "Why", "Gains", "Gives up", null,
                                List.of(new Change.ChangeRate("dev", d("700"))))));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(d("3500.00"), totals.alternatives().get(0).totals().internal().orElseThrow().cost());
        assertEquals(d("2500.00"), totals.alternatives().get(0).totals().internal().orElseThrow().margin());
        assertEquals(d("5000.00"), totals.alternatives().get(1).totals().internal().orElseThrow().cost());
        // The client never sees the cost of the change.
        Estimate client = estimate.redactedFor(dev.estimator.core.model.Audience.CLIENT);
        assertEquals(null, ((Change.ChangeRate) client.alternatives().getFirst().changes().getFirst()).cost());
        assertEquals(totals.alternatives().get(0).totals().grandTotal(),
                EstimateCalculator.calculate(client).alternatives().get(0).totals().grandTotal());
    }

    @Test
    void classRangeUsesTheOverrideOrTheClassDefault() {
        Estimate estimate = withItems("EUR", RateCard.empty(), priced("A", "1", "1000"));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);   // class 3: −20 % / +30 %
        assertEquals(d("800.00"), totals.range().classLow());
        assertEquals(d("1300.00"), totals.range().classHigh());
        Estimate narrow = estimate.withHeader(new dev.estimator.core.model.Header(estimate.header().title(), null,
                estimate.header().client(), estimate.header().provider(), null, Currency.getInstance("EUR"), "en", null,
                estimate.header().issueDate(), null, estimate.header().revision(), 2,
                dev.estimator.core.model.AccuracyRange.of(-5, 10)));
        assertEquals(d("950.00"), EstimateCalculator.calculate(narrow).range().classLow());
        assertEquals(d("1100.00"), EstimateCalculator.calculate(narrow).range().classHigh());
    }

    @Test
    void aClientRedactedEstimateHasNoInternalTotals() {
        Estimate estimate = withItems("EUR", rateCard("800", "500", RatePeriod.DAY),
                labour("L", Quantity.of(2), Unit.DAYS), priced("H", "1", "100").withUnitCost(d("60")));
        assertTrue(EstimateCalculator.calculate(estimate).internal().isPresent());
        assertEquals(d("1060.00"), EstimateCalculator.calculate(estimate).internal().get().cost());
        Estimate client = estimate.redactedFor(dev.estimator.core.model.Audience.CLIENT);
        assertTrue(EstimateCalculator.calculate(client).internal().isEmpty());
        assertEquals(EstimateCalculator.calculate(estimate).grandTotal(), EstimateCalculator.calculate(client).grandTotal());
    }
}
