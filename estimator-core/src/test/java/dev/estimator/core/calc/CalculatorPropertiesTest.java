package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.RandomEstimates;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid estimates (issue 14's proof): the calculator equals an independent reading of
 * docs/calculation.md ({@link ReferenceCalculator}) on every figure, and printed lines add up.
 * 400 seeded estimates keep this to a few seconds, and any failure names its seed.
 */
class CalculatorPropertiesTest {

    static Stream<RandomEstimates.Sample> estimates() {
        return RandomEstimates.valid(1_400_000L, 400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void theCalculatorFollowsTheDocumentedRules(RandomEstimates.Sample sample) {
        Estimate estimate = sample.estimate();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        ReferenceCalculator.Figures expected = ReferenceCalculator.calculate(estimate);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        totals.items().forEach((id, item) -> items.put(id, item.amount()));
        assertEqualFigures(expected.items(), items, "item amounts");
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        totals.allGroups().forEach(g -> groups.put(g.groupId(), g.amount()));
        assertEqualFigures(expected.groups(), groups, "group subtotals");
        assertSame(expected.subtotal(), totals.subtotal(), "subtotal");
        assertSame(expected.contingency(), totals.price().contingency(), "contingency");
        assertEquals(expected.adjustments().size(), totals.price().adjustments().size());
        for (int i = 0; i < expected.adjustments().size(); i++) {
            assertSame(expected.adjustments().get(i), totals.price().adjustments().get(i).amount(), "adjustment " + i);
        }
        assertSame(expected.net(), totals.net(), "net");
        assertSame(expected.tax(), totals.price().tax(), "tax");
        assertSame(expected.total(), totals.grandTotal(), "grand total");
        assertEquals(expected.milestones().size(), totals.milestones().size());
        for (int i = 0; i < expected.milestones().size(); i++) {
            assertSame(expected.milestones().get(i), totals.milestones().get(i).amount(), "milestone " + i);
        }
        assertEquals(expected.assumptionImpacts().size(), totals.assumptionImpacts().size());
        for (int i = 0; i < expected.assumptionImpacts().size(); i++) {
            assertSame(expected.assumptionImpacts().get(i), totals.assumptionImpacts().get(i).amount(), "assumption " + i);
        }
        TotalRange range = totals.range();
        assertSame(expected.optimistic(), range.optimistic(), "optimistic total");
        assertSame(expected.pessimistic(), range.pessimistic(), "pessimistic total");
        assertSame(expected.sigma(), range.standardDeviation(), "standard deviation");
        assertSame(expected.p80(), range.p80(), "P80 total");
        assertSame(expected.classLow(), range.classLow(), "class range low");
        assertSame(expected.classHigh(), range.classHigh(), "class range high");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void printedLinesAddUp(RandomEstimates.Sample sample) {
        Estimate estimate = sample.estimate();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        for (GroupTotal group : totals.allGroups()) {
            BigDecimal lines = group.items().stream().map(ItemTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(group.groups().stream().map(GroupTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertSame(lines, group.amount(), "group " + group.groupId());
        }
        assertSame(sum(totals.groups().stream().map(GroupTotal::amount).toList()), totals.subtotal(), "subtotal");
        PriceTail price = totals.price();
        assertSame(price.subtotal().add(price.contingency()).add(sum(price.adjustments().stream()
                .map(AdjustmentAmount::amount).toList())), price.net(), "net");
        assertSame(price.net().add(price.tax()), price.total(), "grand total");
        if (!totals.milestones().isEmpty()) {
            assertSame(sum(totals.milestones().stream().map(MilestoneAmount::amount).toList()), price.total(), "milestones");
        }
        int scale = totals.rounding().scale();
        for (BigDecimal figure : List.of(price.subtotal(), price.contingency(), price.net(), price.tax(), price.total())) {
            assertEquals(true, figure.stripTrailingZeros().scale() <= scale, () -> figure + " is rounded to the currency");
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), () -> what + ": expected " + expected.toPlainString() + ", was "
                + actual.toPlainString());
    }

    private static void assertEqualFigures(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((id, value) -> assertSame(value, actual.get(id), what + " " + id));
    }
}
