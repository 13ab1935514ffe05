package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample and template totals, and every printed figure adds up to the one above it. */
class SampleTotalsTest {

    static Stream<Path> estimateFiles() {
        return Stream.concat(Estimates.samples().stream(), Estimates.templates().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void figuresAddUpAtEveryLevel(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        checkSums(totals);
        for (AlternativeTotals alternative : totals.alternatives()) {
            checkSums(alternative.totals());
            assertEquals(alternative.totals().grandTotal().subtract(totals.grandTotal()), alternative.delta());
        }
        assertTrue(totals.grandTotal().signum() > 0, file + " totals to nothing");
        assertTrue(totals.range().classLow().compareTo(totals.grandTotal()) <= 0);
        assertTrue(totals.range().classHigh().compareTo(totals.grandTotal()) >= 0);
        assertTrue(totals.range().optimistic().compareTo(totals.range().pessimistic()) <= 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void calculatingTwiceGivesEqualTotals(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        EstimateTotals first = EstimateCalculator.calculate(estimate);
        EstimateTotals second = EstimateCalculator.calculate(EstimateFiles.load(file).orThrow());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(first.rounding(), second.rounding());
        for (int i = 0; i < first.alternatives().size(); i++) {
            assertEquals(first.alternatives().get(i), second.alternatives().get(i));
            assertEquals(first.alternatives().get(i).totals(), second.alternatives().get(i).totals());
        }
        assertEquals(first, EstimateCalculator.calculate(estimate, RangeMethod.pert()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimateFiles")
    void everyFigureIsTheSumOfTheFiguresBeneathIt(Path file) {
        EstimateTotals totals = EstimateCalculator.calculate(EstimateFiles.load(file).orThrow());
        assertEquals(sum(totals.riskExposures().stream().map(RiskExposure::expectedCost).toList())
                .setScale(totals.rounding().scale()), totals.expectedRiskCost());
        assertEquals(totals.totalWithoutOptional(), totals.priceWithoutOptional().total());
        assertEquals(totals.subtotal().subtract(totals.optionalSubtotal()), totals.priceWithoutOptional().subtotal());
        totals.internal().ifPresent(internal -> {
            assertEquals(totals.allGroups().size(), internal.groups().size());
            for (int i = 0; i < internal.groups().size(); i++) {
                GroupMargin margin = internal.groups().get(i);
                GroupTotal group = totals.allGroups().get(i);
                assertEquals(group.groupId(), margin.groupId());
                assertEquals(group.amount(), margin.price());
                assertEquals(margin.price().subtract(margin.cost()), margin.margin());
            }
            assertEquals(internal.cost(), sum(internal.groups().stream().filter(g -> g.depth() == 0)
                    .map(GroupMargin::cost).toList()).setScale(totals.rounding().scale()));
        });
    }

    private static void checkSums(EstimateTotals totals) {
        int scale = totals.rounding().scale();
        for (GroupTotal group : totals.allGroups()) {
            BigDecimal parts = sum(Stream.concat(group.items().stream().map(ItemTotal::amount),
                    group.groups().stream().map(GroupTotal::amount)).toList());
            assertEquals(0, parts.compareTo(group.amount()), "group " + group.groupId());
        }
        totals.items().values().forEach(i -> assertEquals(scale, i.amount().scale(), "scale of " + i.itemId()));
        assertEquals(0, sum(totals.groups().stream().map(GroupTotal::amount).toList()).compareTo(totals.subtotal()));
        BigDecimal adjustments = sum(totals.price().adjustments().stream().map(AdjustmentAmount::amount).toList());
        assertEquals(totals.subtotal().add(totals.contingency()).add(adjustments), totals.net());
        assertEquals(totals.net().add(totals.tax()), totals.grandTotal());
        if (!totals.milestones().isEmpty()) {
            assertEquals(totals.billedTotal(), sum(totals.milestones().stream().map(MilestoneAmount::amount).toList()));
        }
        assertEquals(totals.grandTotal(), totals.billedTotal().add(totals.contingencyOnApproval()));
        assertEquals(scale, totals.grandTotal().scale());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
