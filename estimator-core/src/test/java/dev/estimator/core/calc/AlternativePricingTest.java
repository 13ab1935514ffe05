package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.RandomEstimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An alternative's totals, priced inside the baseline's calculation (which reuses the totals of
 * the groups the alternative leaves as they are), equal the alternative's estimate priced on its
 * own, on every sample, previous revision and template and on random estimates.
 */
class AlternativePricingTest {

    private static int assertSameAlone(Estimate estimate, String name) {
        EstimateTotals together = EstimateCalculator.calculateWithoutSimulation(estimate);
        for (int i = 0; i < estimate.alternatives().size(); i++) {
            Estimate alone = AlternativeApplier.apply(estimate, estimate.alternatives().get(i));
            assertEquals(EstimateCalculator.calculateWithoutSimulation(alone), together.alternatives().get(i).totals(),
                    name + ", alternative " + estimate.alternatives().get(i).id());
        }
        return estimate.alternatives().size();
    }

    @Test
    void samplesAndTemplates() {
        List<Path> files = new ArrayList<>(Estimates.samples());
        files.addAll(Estimates.previousRevisions());
        files.addAll(Estimates.templates());
        int alternatives = 0;
        for (Path file : files) {
            alternatives += assertSameAlone(EstimateFiles.load(file).orThrow(), file.toString());
        }
        assertTrue(alternatives >= 10, "only " + alternatives + " alternatives compared");
    }

    /** Alternatives for a random estimate: one drops an item, one changes another's quantity, one a role's rate. */
    private static Estimate withAlternatives(Estimate estimate, java.util.Random random) {
        List<LineItem> items = estimate.allItems().toList();
        int drop = random.nextInt(items.size());
        LineItem dropped = items.get(drop);
        LineItem changed = items.get((drop + 1 + random.nextInt(items.size() - 1)) % items.size());
        List<Alternative> alternatives = new ArrayList<>(List.of(
                alternative("drop", null, new Change.Drop(dropped.id())),
                alternative("quantity", "drop", new Change.ChangeQuantity(changed.id(), Quantity.of(7)))));
        estimate.rateCard().roles().stream().findFirst().ifPresent(role -> alternatives.add(alternative("rate", null,
                new Change.ChangeRate(role.id(), role.rate().add(BigDecimal.ONE), null))));
        return estimate.withAlternatives(alternatives);
    }

    private static Alternative alternative(String id, String basedOn, Change change) {
        return new Alternative(id, "Option " + id, "Why.", "Less.", "More.", basedOn, List.of(change));
    }

    @Test
    void randomEstimates() {
        java.util.Random random = new java.util.Random(7);
        int alternatives = Stream.of(RandomEstimates.valid(20_261_207L, 200).toArray(RandomEstimates.Sample[]::new))
                .filter(sample -> sample.estimate().allItems().count() > 1)
                .mapToInt(sample -> assertSameAlone(withAlternatives(sample.estimate(), random), sample.toString()))
                .sum();
        assertTrue(alternatives >= 200, "only " + alternatives + " alternatives compared");
    }

    /**
     * A price series (the revision bridge prices its steps with one) gives each variant what it gets
     * priced alone: the baseline, each alternative's estimate (sharing most items and groups, some
     * under another rate card), and the baseline again after them.
     */
    @Test
    void aPriceSeriesPricesEachVariantAsItWouldBePricedAlone() {
        java.util.Random random = new java.util.Random(11);
        int variants = 0;
        for (RandomEstimates.Sample sample : RandomEstimates.valid(20_261_208L, 150).toList()) {
            if (sample.estimate().allItems().count() < 2) {
                continue;
            }
            Estimate estimate = withAlternatives(sample.estimate(), random);
            List<Estimate> series = new ArrayList<>(List.of(estimate));
            estimate.alternatives().forEach(a -> series.add(AlternativeApplier.apply(estimate, a)));
            series.add(estimate);
            EstimateCalculator.PriceSeries prices = EstimateCalculator.priceSeries();
            for (Estimate variant : series) {
                assertEquals(EstimateCalculator.calculatePrice(variant), prices.price(variant), sample.toString());
                variants++;
            }
        }
        assertTrue(variants >= 500, "only " + variants + " variants priced");
    }
}
