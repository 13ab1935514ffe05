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
            assertEquals(totals.grandTotal(), sum(totals.milestones().stream().map(MilestoneAmount::amount).toList()));
        }
        assertEquals(scale, totals.grandTotal().scale());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
