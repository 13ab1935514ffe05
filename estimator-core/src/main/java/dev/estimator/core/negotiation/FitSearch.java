package dev.estimator.core.negotiation;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.calc.PricedEstimate;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search behind {@link BudgetFit}. Alternatives change only the breakdown and the rate card,
 * never the contingency, adjustments or tax, so every combination's price is the baseline's price
 * chain carried from the combination's subtotal; that chain never falls when the subtotal rises,
 * so "within the budget" is "subtotal at most X" and "not below walk-away" is "subtotal at least
 * Y", for an X and a Y found once by bisection. What remains is choosing which optional amounts to
 * leave out, which {@link SubsetSearch} does by branch and bound.
 */
final class FitSearch {

    private final Estimate estimate;
    private final BigDecimal budget;
    private final PriceBasis basis;
    private final int top;
    private final Audience audience;
    private final EstimateTotals totals;
    private final PricedEstimate chain;
    private final int scale;
    private final List<Option> options = new ArrayList<>();

    /** The baseline (index 0) or one alternative, with its optional items in document order. */
    private record Option(int index, Alternative alternative, long subtotal, List<LineItem> optional, SubsetSearch search) {
        int cost() {
            return alternative == null ? 0 : 1;
        }
    }

    /** A combination found by the search, before the calculator prices it. */
    private record Found(Option option, SubsetSearch.Subset dropped) {
        long subtotal() {
            return option.subtotal() - dropped.sum();
        }

        int givenUp() {
            return option.cost() + dropped.size();
        }
    }

    private static final Comparator<Found> BEST_FIRST = Comparator.comparingInt(Found::givenUp)
            .thenComparing(Comparator.comparingLong(Found::subtotal).reversed())
            .thenComparingInt(f -> f.option().index())
            .thenComparing(f -> f.dropped().positions(), SubsetSearch.POSITIONS);
    private static final Comparator<Found> NEAREST_FIRST = Comparator.comparingLong(Found::subtotal)
            .thenComparingInt(Found::givenUp)
            .thenComparingInt(f -> f.option().index())
            .thenComparing(f -> f.dropped().positions(), SubsetSearch.POSITIONS);

    FitSearch(Estimate estimate, BigDecimal budget, PriceBasis basis, int top, Audience audience) {
        this.estimate = estimate;
        this.budget = budget;
        this.basis = basis;
        this.top = top;
        this.audience = audience;
        this.totals = EstimateCalculator.calculateWithoutSimulation(estimate);
        // A simulated contingency depends on which items are in; the search holds it at the amount
        // it comes to for the quote, and the calculator then prices each combination with its own.
        Estimate searched = simulated(estimate)
                ? estimate.withContingency(new Contingency(ContingencyMethod.AMOUNT, null, totals.contingency(),
                        estimate.contingency().explanation(), estimate.contingency().confidence()))
                : estimate;
        this.chain = new PricedEstimate(searched, totals.rounding(), totals.items(), totals.price(), totals.riskExposures());
        this.scale = totals.rounding().scale();
        options.add(option(0, null, totals));
        for (int i = 0; i < totals.alternatives().size(); i++) {
            AlternativeTotals alternative = totals.alternatives().get(i);
            options.add(option(i + 1, alternative.alternative(), alternative.totals()));
        }
    }

    private Option option(int index, Alternative alternative, EstimateTotals figures) {
        Estimate described = describe(alternative);
        List<LineItem> optional = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (ItemTotal item : figures.items().values()) {
            // A recurring item is charged per period, outside the one-time price a budget is compared with.
            if (item.optional() && !described.item(item.itemId()).orElseThrow().isRecurring()) {
                optional.add(described.item(item.itemId()).orElseThrow());
                amounts.add(minor(item.amount()));
            }
        }
        return new Option(index, alternative, minor(figures.subtotal()), optional,
                new SubsetSearch(amounts.stream().mapToLong(Long::longValue).toArray()));
    }

    BudgetFit run() {
        Optional<BigDecimal> walkAway = audience == Audience.INTERNAL
                ? totals.negotiation().map(NegotiationFigures::walkAwayPrice) : Optional.empty();
        long highest = options.stream().mapToLong(Option::subtotal).max().orElseThrow();
        long within = largestSubtotalWithinBudget(highest);
        long floor = walkAway.map(w -> smallestSubtotalWithNetAtLeast(w, highest)).orElse(Long.MIN_VALUE);

        List<Found> fits = new ArrayList<>();
        int levels = options.stream().mapToInt(o -> o.cost() + o.optional().size()).max().orElse(0);
        for (int level = 0; level <= levels && fits.size() < top && within >= 0; level++) {
            List<Found> atLevel = new ArrayList<>();
            for (Option option : options) {
                long lo = Math.max(0, option.subtotal() - within);
                long hi = floor == Long.MIN_VALUE ? Long.MAX_VALUE : option.subtotal() - floor;
                for (SubsetSearch.Subset subset : option.search().smallest(level - option.cost(), lo, hi, top)) {
                    atLevel.add(new Found(option, subset));
                }
            }
            atLevel.sort(BEST_FIRST);
            fits.addAll(atLevel.subList(0, Math.min(atLevel.size(), top - fits.size())));
        }

        List<Found> nearest = new ArrayList<>();
        for (Option option : options) {
            long hi = option.subtotal() - Math.max(within + 1, floor == Long.MIN_VALUE ? Long.MIN_VALUE : floor);
            for (SubsetSearch.Subset subset : option.search().largest(hi, top)) {
                nearest.add(new Found(option, subset));
            }
        }
        nearest.sort(NEAREST_FIRST);

        BigDecimal baselineAmount = basis.of(totals.price());
        return new BudgetFit(budget, basis, audience,
                price(new Found(options.getFirst(), new SubsetSearch.Subset(0, new int[0])), baselineAmount),
                fits.stream().map(f -> price(f, baselineAmount)).filter(c -> c.fits() && aboveFloor(c, walkAway)).toList(),
                nearest.stream().limit(top).map(f -> price(f, baselineAmount)).filter(c -> aboveFloor(c, walkAway)).toList(),
                walkAway, combinations());
    }

    /** Whether the combination's net price is not below walk-away (always, when none applies). */
    private static boolean aboveFloor(FitCandidate candidate, Optional<BigDecimal> walkAway) {
        return walkAway.map(w -> candidate.price().net().compareTo(w) >= 0).orElse(true);
    }

    private static boolean simulated(Estimate estimate) {
        return estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.SIMULATION;
    }

    /**
     * The largest subtotal (in minor units, at most {@code highest}) whose price is within the
     * budget; {@code -1} when even a zero subtotal is over it.
     */
    private long largestSubtotalWithinBudget(long highest) {
        if (amountAt(0).compareTo(budget) > 0) {
            return -1;
        }
        long lo = 0;
        long hi = highest;
        if (amountAt(hi).compareTo(budget) <= 0) {
            return hi;
        }
        while (hi - lo > 1) {   // amountAt(lo) within, amountAt(hi) over
            long mid = lo + (hi - lo) / 2;
            if (amountAt(mid).compareTo(budget) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The smallest subtotal whose net price is at least {@code walkAway}; {@code highest + 1} when none is. */
    private long smallestSubtotalWithNetAtLeast(BigDecimal walkAway, long highest) {
        if (netAt(highest).compareTo(walkAway) < 0) {
            return highest + 1;
        }
        if (netAt(0).compareTo(walkAway) >= 0) {
            return 0;
        }
        long lo = 0;
        long hi = highest;
        while (hi - lo > 1) {   // netAt(lo) below, netAt(hi) at or above
            long mid = lo + (hi - lo) / 2;
            if (netAt(mid).compareTo(walkAway) >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private BigDecimal amountAt(long subtotal) {
        return basis.of(chain.priceFrom(BigDecimal.valueOf(subtotal, scale)));
    }

    private BigDecimal netAt(long subtotal) {
        return chain.priceFrom(BigDecimal.valueOf(subtotal, scale)).net();
    }

    /** The combination priced by the calculator from the estimate it describes. */
    private FitCandidate price(Found found, BigDecimal baselineAmount) {
        Option option = found.option();
        Set<String> dropped = java.util.Arrays.stream(found.dropped().positions())
                .mapToObj(i -> option.optional().get(i).id()).collect(Collectors.toSet());
        Estimate described = describe(option.alternative());
        Estimate combination = described.withBreakdown(described.breakdown().stream()
                .map(g -> g.mapItems(item -> dropped.contains(item.id()) ? null : item)).toList());
        EstimateTotals figures = EstimateCalculator.calculateWithoutSimulation(combination);
        PriceTail price = figures.price();
        Preconditions.checkState(minor(price.subtotal()) == found.subtotal(),
                "the search's subtotal %s differs from the calculator's %s", found.subtotal(), price.subtotal());
        BigDecimal amount = basis.of(price);
        return new FitCandidate(Optional.ofNullable(option.alternative()),
                java.util.Arrays.stream(found.dropped().positions()).mapToObj(i -> option.optional().get(i)).toList(),
                found.givenUp(), price, amount, baselineAmount.subtract(amount),
                amount.subtract(budget), figures.internal().map(InternalTotals::margin));
    }

    private Estimate describe(Alternative alternative) {
        return alternative == null ? estimate.withAlternatives(List.of()) : AlternativeApplier.apply(estimate, alternative);
    }

    private long combinations() {
        long total = 0;
        for (Option option : options) {
            int n = option.optional().size();
            long count = n >= 62 ? Long.MAX_VALUE : 1L << n;
            total = total > Long.MAX_VALUE - count ? Long.MAX_VALUE : total + count;
        }
        return total;
    }

    private long minor(BigDecimal amount) {
        return amount.movePointRight(scale).longValueExact();
    }
}
