package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.estimator.core.Estimates;
import dev.estimator.core.RandomEstimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A selection's price agrees with the calculator's own figures for the same variant. */
class SelectionCalculatorTest {

    static Stream<Path> samples() {
        return Estimates.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theFullSelectionIsTheVariantsPriceAndNoOptionalItemsItsPriceWithoutThem(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        List<String> variants = new ArrayList<>();
        variants.add(null);
        totals.alternatives().forEach(a -> variants.add(a.alternative().id()));
        for (String id : variants) {
            EstimateTotals variant = id == null ? totals : totals.alternatives().stream()
                    .filter(a -> a.alternative().id().equals(id)).findFirst().orElseThrow().totals();
            SelectionPrice full = SelectionCalculator.price(estimate, totals, id, Set.of());
            assertEquals(variant.price(), full.price(), id);
            assertEquals(variant.milestones(), full.milestones(), id);
            assertEquals(variant.billing(), full.billing(), id);
            Estimate applied = id == null ? estimate
                    : AlternativeApplier.apply(estimate, estimate.alternative(id).orElseThrow());
            Set<String> optional = new HashSet<>();
            applied.allItems().filter(i -> i.optional() && !i.isRecurring()).forEach(i -> optional.add(i.id()));
            assertEquals(variant.totalWithoutOptional(),
                    SelectionCalculator.price(estimate, totals, id, optional).price().total(), id);
        }
    }

    /**
     * Leaving optional items out prices as dropping them from the file and calculating again, for
     * every contingency that does not depend on a simulation of the items themselves.
     */
    @Test
    void leavingItemsOutIsDroppingThemAndCalculatingAgain() {
        int checked = 0;
        for (RandomEstimates.Sample sample : RandomEstimates.valid(13_000, 300).toList()) {
            Estimate estimate = sample.estimate();
            if (estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.SIMULATION) {
                continue;
            }
            Random random = new Random(sample.seed());
            List<LineItem> optional = estimate.allItems().filter(i -> i.optional() && !i.isRecurring()).toList();
            Set<String> leftOut = new HashSet<>();
            optional.stream().filter(i -> random.nextBoolean()).forEach(i -> leftOut.add(i.id()));
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            SelectionPrice selection = SelectionCalculator.price(estimate, totals, null, leftOut);
            List<Change> drops = leftOut.stream().<Change>map(Change.Drop::new).toList();
            Estimate dropped = AlternativeApplier.apply(estimate,
                    new Alternative("dropped", "Dropped", "why", "gains", "gives up", null, drops));
            EstimateTotals recalculated = EstimateCalculator.calculate(dropped);
            assertEquals(recalculated.price(), selection.price(), sample.toString());
            assertEquals(recalculated.milestones(), selection.milestones(), sample.toString());
            checked++;
        }
        assertEquals(true, checked > 100, "only " + checked + " estimates checked");
    }

    @Test
    void refusesItemsThatAreNotOptional() {
        Estimate estimate = EstimateFiles.load(Estimates.samples().getFirst()).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        String required = estimate.allItems().filter(i -> !i.optional()).findFirst().orElseThrow().id();
        assertThrows(IllegalArgumentException.class,
                () -> SelectionCalculator.price(estimate, totals, null, Set.of(required)));
        assertThrows(IllegalArgumentException.class,
                () -> SelectionCalculator.price(estimate, totals, "no-such-alternative", Set.of()));
    }
}
