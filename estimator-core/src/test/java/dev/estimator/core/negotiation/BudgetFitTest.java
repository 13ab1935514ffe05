package dev.estimator.core.negotiation;

import static dev.estimator.core.Estimates.because;
import static dev.estimator.core.Estimates.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetFitTest {

    /**
     * Subtotal 10,000 + optional A 2,000 + optional B 1,000 = 13,000, VAT 10 %: 14,300 gross.
     * Alternative "lean" drops the 10,000 item's quantity to 8 (8,000).
     */
    static Estimate shop() {
        return Estimate.builder("Shop", "EUR", "en").client("C", ClientKind.EXTERNAL).provider("P")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3)
                .role("dev", "Developer", "1000", "600", RatePeriod.DAY)
                .group("g", "Build", LineItem.labour("B1", "Core", Quantity.of(10), Unit.DAYS, "dev", because()),
                        LineItem.priced("A", "Analytics", Category.LICENCE, Quantity.of(1), Unit.PIECES, d("2000"),
                                because()).asOptional(),
                        LineItem.priced("B", "Backups", Category.LICENCE, Quantity.of(1), Unit.PIECES, d("1000"),
                                because()).asOptional())
                .tax("VAT", "10")
                .alternative(new Alternative("lean", "Lean", "Cheaper.", "Saves 2,200.", "Less core work.", null,
                        List.of(new Change.ChangeQuantity("B1", Quantity.of(8)))))
                .internal("12000", "11500", "10", null)
                .build();
    }

    @Test
    void fewestThingsGivenUpFirstThenTheHighestPrice() {
        // Budget 13,300 gross: baseline 14,300 over. One thing given up: drop B (13,200), drop A (12,100),
        // lean (12,100). Two things: lean without B (11,000), ...
        BudgetFit fit = BudgetFit.search(shop(), d("13300"), PriceBasis.GROSS, 4, Audience.CLIENT);
        assertEquals(List.of("13200.00", "12100.00", "12100.00", "11000.00"),
                fit.fits().stream().map(c -> c.amount().toPlainString()).toList());
        assertEquals(List.of("B"), ids(fit.fits().get(0)));
        assertEquals(List.of("A"), ids(fit.fits().get(1)));   // same price as lean: the baseline comes first
        assertEquals("lean", fit.fits().get(2).alternative().orElseThrow().id());
        assertEquals(1, fit.fits().get(2).givenUp());
        assertEquals(d("1100.00"), fit.fits().get(0).saving());
        assertEquals(d("-100.00"), fit.fits().get(0).gap());
        assertTrue(fit.walkAwayPrice().isEmpty());
        assertTrue(fit.fits().stream().allMatch(c -> c.margin().isEmpty()), "no margin for the client");
        assertEquals(8, fit.combinations());
    }

    @Test
    void internalModeNeverListsACandidateBelowWalkAway() {
        // Walk-away 11,500 net: only dropping B (12,000 net) stays; dropping A or taking lean (11,000 net) is out.
        BudgetFit fit = BudgetFit.search(shop(), d("13300"), PriceBasis.GROSS, 10, Audience.INTERNAL);
        assertEquals(d("11500.00"), fit.walkAwayPrice().orElseThrow());
        assertTrue(fit.fits().stream().allMatch(c -> c.price().net().compareTo(d("11500")) >= 0));
        assertEquals(List.of("13200.00"), fit.fits().stream().map(c -> c.amount().toPlainString()).toList());
        // 12,000 net − (6,000 labour cost + 2,000 for A, passed through at cost)
        assertEquals(d("4000.00"), fit.fits().getFirst().margin().orElseThrow());
    }

    @Test
    void whenNothingFitsTheNearestAreShownWithTheirGap() {
        BudgetFit fit = BudgetFit.search(shop(), d("8000"), PriceBasis.GROSS, 2, Audience.CLIENT);
        assertFalse(fit.anyFits());
        // Cheapest: lean without A and B, 8,000 net, 8,800 gross: 800 over.
        assertEquals(d("800.00"), fit.nearest().getFirst().gap());
        assertEquals(List.of("A", "B"), ids(fit.nearest().getFirst()));
        assertEquals(d("9900.00"), fit.nearest().get(1).amount());
    }

    @Test
    void netBudgetComparesTheNetPrice() {
        BudgetFit fit = BudgetFit.search(shop(), d("13000"), PriceBasis.NET, 1, Audience.CLIENT);
        assertEquals(0, fit.fits().getFirst().givenUp());
        assertEquals(d("13000.00"), fit.fits().getFirst().amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "JPY", "KWD"})
    void searchAgreesWithBruteForceOnRandomEstimates(String currency) {
        Random random = new Random(currency.hashCode());
        for (int round = 0; round < 150; round++) {
            Estimate estimate = RandomOffers.draw(random, currency);
            assertEquals(List.of(), EstimateValidator.validate(estimate), "the generator makes valid estimates");
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            BigDecimal budget = totals.grandTotal().multiply(BigDecimal.valueOf(20 + random.nextInt(100)))
                    .movePointLeft(2).setScale(totals.rounding().scale(), java.math.RoundingMode.DOWN);
            PriceBasis basis = random.nextBoolean() ? PriceBasis.GROSS : PriceBasis.NET;
            Audience audience = random.nextBoolean() ? Audience.INTERNAL : Audience.CLIENT;
            int top = 1 + random.nextInt(6);

            BudgetFit fit = BudgetFit.search(estimate, budget, basis, top, audience);
            BruteForce brute = new BruteForce(estimate.redactedFor(audience), budget, basis, audience);

            String context = "round " + round + ", budget " + budget + " " + basis + " " + audience;
            assertEquals(brute.fits(top), describe(fit.fits()), context);
            assertEquals(brute.nearest(top), describe(fit.nearest()), context);
        }
    }

    static List<String> ids(FitCandidate candidate) {
        return candidate.dropped().stream().map(LineItem::id).toList();
    }

    static List<String> describe(List<FitCandidate> candidates) {
        return candidates.stream().map(c -> c.alternative().map(Alternative::id).orElse("baseline") + " -" + ids(c)
                + " " + c.amount().toPlainString()).toList();
    }

    /** Every combination, each priced by the calculator, filtered and sorted by the documented rules. */
    static final class BruteForce {
        record Combination(int option, String name, List<String> dropped, List<Integer> positions, int givenUp,
                           BigDecimal subtotal, BigDecimal net, BigDecimal amount) {
            String describe() {
                return name + " -" + dropped + " " + amount.toPlainString();
            }
        }

        final List<Combination> all = new ArrayList<>();
        final BigDecimal budget;
        final BigDecimal walkAway;

        BruteForce(Estimate estimate, BigDecimal budget, PriceBasis basis, Audience audience) {
            this.budget = budget;
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            this.walkAway = audience == Audience.INTERNAL
                    ? totals.negotiation().map(n -> n.walkAwayPrice()).orElse(null) : null;
            List<Alternative> options = new ArrayList<>();
            options.add(null);
            options.addAll(estimate.alternatives());
            for (int o = 0; o < options.size(); o++) {
                Alternative alternative = options.get(o);
                Estimate described = alternative == null ? estimate.withAlternatives(List.of())
                        : AlternativeApplier.apply(estimate, alternative);
                List<LineItem> optional = described.allItems().filter(LineItem::optional).toList();
                for (int mask = 0; mask < 1 << optional.size(); mask++) {
                    Set<String> dropped = new HashSet<>();
                    List<String> names = new ArrayList<>();
                    List<Integer> positions = new ArrayList<>();
                    for (int i = 0; i < optional.size(); i++) {
                        if ((mask & 1 << i) != 0) {
                            dropped.add(optional.get(i).id());
                            names.add(optional.get(i).id());
                            positions.add(i);
                        }
                    }
                    Estimate combination = described.withBreakdown(described.breakdown().stream()
                            .map(g -> g.mapItems(item -> dropped.contains(item.id()) ? null : item)).toList());
                    EstimateTotals t = EstimateCalculator.calculate(combination);
                    all.add(new Combination(o, alternative == null ? "baseline" : alternative.id(), names, positions,
                            names.size() + (alternative == null ? 0 : 1), t.subtotal(), t.net(), basis.of(t.price())));
                }
            }
        }

        boolean allowed(Combination c) {
            return walkAway == null || c.net().compareTo(walkAway) >= 0;
        }

        List<String> fits(int top) {
            return all.stream().filter(c -> c.amount().compareTo(budget) <= 0 && allowed(c))
                    .sorted(Comparator.comparingInt(Combination::givenUp)
                            .thenComparing(Combination::amount, Comparator.reverseOrder())
                            .thenComparing(Combination::subtotal, Comparator.reverseOrder())
                            .thenComparingInt(Combination::option)
                            .thenComparing(c -> c.positions().stream().mapToInt(Integer::intValue).toArray(),
                                    java.util.Arrays::compare))
                    .limit(top).map(Combination::describe).toList();
        }

        List<String> nearest(int top) {
            return all.stream().filter(c -> c.amount().compareTo(budget) > 0 && allowed(c))
                    .sorted(Comparator.comparing(Combination::amount)
                            .thenComparing(Combination::subtotal)
                            .thenComparingInt(Combination::givenUp)
                            .thenComparingInt(Combination::option)
                            .thenComparing(c -> c.positions().stream().mapToInt(Integer::intValue).toArray(),
                                    java.util.Arrays::compare))
                    .limit(top).map(Combination::describe).toList();
        }
    }
}
