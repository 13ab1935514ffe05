package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.SimulationSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A group too large to price on one thread ({@link EstimateCalculator#PRICED_IN_HALVES_FROM} items
 * and more) is priced in two halves on two threads, and so are its items' simulation inputs: every
 * figure, the order of the items and the simulation equal the one-thread pricing's. The estimate is
 * the English sample with a generated group of copies of its items (labour of several roles and
 * units, priced supplies, optional and recurring items, fixed and three-point quantities), one id
 * listed twice (once in each half), a correlation group reaching into both halves, and alternatives
 * that change the large group.
 */
class LargeGroupPricingTest {

    private static final String REPEATED = "BULK-TWICE";

    /** Where the repeated id is listed in the large group: near its start and near its end. */
    private static int firstListing;
    private static int secondListing;

    private static Estimate estimate;
    private static EstimateTotals oneThread;
    private static EstimateTotals twoThreads;

    @BeforeAll
    static void price() {
        estimate = large(EstimateFiles.load(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"))
                .orThrow());
        oneThread = EstimateCalculator.calculate(estimate, RangeMethod.pert(), true, 1);
        twoThreads = EstimateCalculator.calculate(estimate, RangeMethod.pert(), true, 2);
    }

    /** The sample with a group "bulk" of copies of its items after its own groups. */
    private static Estimate large(Estimate sample) {
        List<LineItem> templates = sample.allItems().toList();
        firstListing = oneTimeThreePoint(templates, 100);
        secondListing = oneTimeThreePoint(templates, EstimateCalculator.PRICED_IN_HALVES_FROM - 100);
        List<LineItem> bulk = new ArrayList<>();
        List<String> correlated = new ArrayList<>();
        for (int i = 0; bulk.size() < EstimateCalculator.PRICED_IN_HALVES_FROM + 500; i++) {
            LineItem template = templates.get(i % templates.size());
            String id = i == firstListing || i == secondListing ? REPEATED : "BULK-" + i;
            LineItem copy = copy(template, id);
            if (template.quantity() instanceof Quantity.ThreePoint tp) {
                // Several shapes per template; the second listing of the repeated id a wider one.
                BigDecimal more = BigDecimal.valueOf(i % 5 + (i == secondListing ? 3 : 0));
                copy = copy.withQuantity(Quantity.threePoint(tp.optimistic(), tp.mostLikely().add(more),
                        tp.pessimistic().add(more).add(more)));
                if (i % 997 == 0 && !id.equals(REPEATED)) {
                    correlated.add(id);
                }
            }
            bulk.add(copy);
        }
        assertTrue(correlated.size() >= 4, "correlated: " + correlated);
        assertTrue(bulk.stream().anyMatch(LineItem::isRecurring) && bulk.stream().anyMatch(LineItem::optional)
                && bulk.stream().map(LineItem::role).distinct().count() >= 3
                && bulk.stream().anyMatch(item -> item.unitPrice() != null), "the copies should vary");
        List<Group> breakdown = new ArrayList<>(sample.breakdown());
        breakdown.add(new Group("bulk", "Bulk items", null, bulk, List.of()));
        List<CorrelationGroup> correlations = new ArrayList<>(sample.effectiveSimulation().correlations());
        correlations.add(new CorrelationGroup(correlated, new BigDecimal("0.3"), "Copies built by one team."));
        List<Alternative> alternatives = new ArrayList<>(sample.alternatives());
        alternatives.add(new Alternative("bulk-quantity", "Fewer copies", "Why.", "Less.", "More.", null,
                List.of(new Change.ChangeQuantity("BULK-" + (secondListing + 1), Quantity.of(3)),
                        new Change.Drop("BULK-" + (firstListing + 7)))));
        return sample.withBreakdown(breakdown).withAlternatives(alternatives)
                .withSimulation(new SimulationSettings(10_000, 7L, correlations));
    }

    /** The first position from {@code from} on whose copy is a one-time three-point item. */
    private static int oneTimeThreePoint(List<LineItem> templates, int from) {
        int i = from;
        while (!(templates.get(i % templates.size()).quantity() instanceof Quantity.ThreePoint)
                || templates.get(i % templates.size()).isRecurring()) {
            i++;
        }
        return i;
    }

    private static LineItem copy(LineItem item, String id) {
        return new LineItem(id, item.title(), item.description(), item.category(), item.quantity(), item.unit(),
                item.role(), item.unitPrice(), item.unitCost(), item.optional(), item.justification(),
                item.recurrence(), item.customUnit());
    }

    @Test
    void twoThreadsPriceAsOne() {
        assertTrue(estimate.breakdown().getLast().items().size() >= EstimateCalculator.PRICED_IN_HALVES_FROM);
        assertEquals(oneThread.subtotal(), twoThreads.subtotal());
        assertEquals(oneThread.contingency(), twoThreads.contingency(), "the simulated contingency");
        assertEquals(oneThread.grandTotal(), twoThreads.grandTotal());
        assertEquals(oneThread.simulation().percentiles(), twoThreads.simulation().percentiles());
        assertEquals(oneThread.simulation().mean(), twoThreads.simulation().mean());
        assertEquals(List.copyOf(oneThread.items().keySet()), List.copyOf(twoThreads.items().keySet()),
                "the items' order");
        for (int i = 0; i < oneThread.alternatives().size(); i++) {
            EstimateTotals one = oneThread.alternatives().get(i).totals();
            EstimateTotals two = twoThreads.alternatives().get(i).totals();
            assertEquals(one.grandTotal(), two.grandTotal());
            assertEquals(List.copyOf(one.items().keySet()), List.copyOf(two.items().keySet()));
        }
        // Every other figure (records compare by value), without printing 20,000 items when one differs.
        assertTrue(oneThread.equals(twoThreads), "the totals differ");
    }

    @Test
    void theLargeGroupIsPricedInFull() {
        GroupTotal bulk = twoThreads.groups().getLast();
        assertEquals(bulk.items().stream().map(ItemTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                bulk.amount());
        // Its one-time items only (less the repeated id's first listing), each in the items' map.
        long oneTime = estimate.breakdown().getLast().items().stream().filter(item -> !item.isRecurring()).count();
        assertEquals(oneTime, bulk.items().size());
        bulk.items().stream().filter(total -> !total.itemId().equals(REPEATED))
                .forEach(total -> assertEquals(total, twoThreads.items().get(total.itemId())));
        assertNotEquals(twoThreads.grandTotal(), twoThreads.alternatives().getLast().totals().grandTotal());
    }

    @Test
    void anIdListedTwiceKeepsItsFirstPlaceAndItsLastTotal() {
        List<String> order = List.copyOf(twoThreads.items().keySet());
        assertEquals(order.indexOf("BULK-" + (firstListing - 1)) + 1, order.indexOf(REPEATED));
        LineItem last = estimate.breakdown().getLast().items().get(secondListing);
        Quantity.ThreePoint points = (Quantity.ThreePoint) last.quantity();
        assertEquals(RoundingPolicy.pertMean(points.optimistic(), points.mostLikely(), points.pessimistic()),
                twoThreads.items().get(REPEATED).quantity());
    }
}
