package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.DelayPenalties;
import dev.estimator.core.model.LiabilityCap;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes every figure of a validated estimate. Pure: no I/O, no clock, no randomness; the
 * same estimate always gives the same totals.
 *
 * <p>The steps, each rounded once by {@link RoundingPolicy}:
 * <ol>
 *   <li>item amount = priced quantity × rate per unit;</li>
 *   <li>group subtotal = its items + its subgroups; subtotal = the top-level groups;</li>
 *   <li>contingency: a percentage of the subtotal, an amount, or the sum of the risks' expected costs;</li>
 *   <li>adjustments in order, each on the running amount (subtotal + contingency + earlier adjustments);</li>
 *   <li>tax on the net price; grand total = net + tax;</li>
 *   <li>milestones: a percentage of the total invoiced each, the last taking the remainder; the total
 *       invoiced is the grand total, or without the contingency when it is billed only on approval;</li>
 *   <li>the commercial figures (cap, liability cap, delay penalties) and the schedule's dates.</li>
 * </ol>
 */
public final class EstimateCalculator {

    /**
     * Threads for the simulation, the alternatives and a large group's items; no figure depends on
     * how many ({@code LargeGroupPricingTest} prices a large estimate on one thread and on two).
     */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    /**
     * From this many items in one group's own list (or in the whole estimate, for the simulation's
     * inputs) on, they are priced in two halves on two threads when there are two cores. Below it the
     * saving is small (a warm JVM priced x100k's 100,000 items in about 0.1 s, so 20,000 in about
     * 20 ms, of which a second thread saves half at best): every estimate written by hand (tens to
     * hundreds of items) keeps the one-thread pricing, and only large generated ones are split.
     */
    static final int PRICED_IN_HALVES_FROM = 20_000;

    private EstimateCalculator() {
    }

    /**
     * The totals of {@code estimate}, which must be valid, with the range computed by
     * {@link RangeMethod#pert()}.
     *
     * @throws IllegalArgumentException when the estimate is not valid (validate it first)
     */
    public static EstimateTotals calculate(Estimate estimate) {
        return calculate(estimate, RangeMethod.pert());
    }

    /**
     * The totals of {@code estimate}, which must be valid, with the range of the baseline and of
     * every alternative computed by {@code rangeMethod}.
     *
     * @throws IllegalArgumentException when the estimate is not valid (validate it first)
     */
    public static EstimateTotals calculate(Estimate estimate, RangeMethod rangeMethod) {
        return calculate(estimate, rangeMethod, true);
    }

    /**
     * The totals of {@code estimate}, which must be valid, without the simulation's report: {@link
     * EstimateTotals#simulation()} is {@code null}, and the simulation runs only when a {@code
     * simulation} contingency needs its percentile. Every other figure equals {@link #calculate(Estimate)}'s.
     * For callers that price many variants and never show the report: validation, the budget fit,
     * counter-offers and the revision bridge.
     *
     * @throws IllegalArgumentException when the estimate is not valid (validate it first)
     */
    public static EstimateTotals calculateWithoutSimulation(Estimate estimate) {
        return calculate(estimate, RangeMethod.pert(), false);
    }

    private static EstimateTotals calculate(Estimate estimate, RangeMethod rangeMethod, boolean simulate) {
        return calculate(estimate, rangeMethod, simulate, THREADS);
    }

    /** As {@link #calculate(Estimate, RangeMethod)} on up to {@code threads} threads: 1 forces the one-thread path. */
    static EstimateTotals calculate(Estimate estimate, RangeMethod rangeMethod, boolean simulate, int threads) {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(rangeMethod, "rangeMethod");
        // An alternative usually changes a few items: its groups left as they were are not priced again.
        PricedGroups priced = new PricedGroups(null);
        List<Alternative> all = estimate.alternatives();
        // With two threads (and the built-in range, which holds no state) the last half of the
        // alternatives (the larger, when their number is odd) is priced on a thread of its own, started
        // as soon as the baseline has remembered its items and simulation inputs: beside the rest of the
        // baseline (its simulation, range and report), then this thread prices the first half. Each half
        // remembers its own items above the baseline's, which nobody changes any more.
        int half = !all.isEmpty() && threads > 1 && rangeMethod instanceof PertRange ? (all.size() + 1) / 2 : 0;
        List<java.util.concurrent.CompletableFuture<List<EstimateTotals>>> later = new ArrayList<>(1);
        EstimateTotals baseline = calculateBaseline(estimate, rangeMethod, simulate, priced, threads, () -> {
            if (half > 0) {
                later.add(dev.estimator.core.concurrent.Futures.onOwnThread("estimator-alternatives",
                        () -> alternatives(estimate, all.subList(all.size() - half, all.size()), rangeMethod,
                                simulate, new PricedGroups(priced), threads)));
            }
        });
        List<EstimateTotals> priceOf = new ArrayList<>(alternatives(estimate, all.subList(0, all.size() - half),
                rangeMethod, simulate, half == 0 ? priced : new PricedGroups(priced), threads));
        later.forEach(totals -> priceOf.addAll(dev.estimator.core.concurrent.Futures.joined(totals)));
        List<AlternativeTotals> alternatives = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            EstimateTotals totals = priceOf.get(i);
            alternatives.add(new AlternativeTotals(all.get(i), totals,
                    totals.grandTotal().subtract(baseline.grandTotal()),
                    totals.totalCostOfOwnership().subtract(baseline.totalCostOfOwnership())));
        }
        return baseline.withAlternatives(alternatives);
    }

    private static List<EstimateTotals> alternatives(Estimate estimate, List<Alternative> alternatives,
                                                     RangeMethod rangeMethod, boolean simulate, PricedGroups priced,
                                                     int threads) {
        List<EstimateTotals> out = new ArrayList<>();
        for (Alternative alternative : alternatives) {
            out.add(calculateBaseline(AlternativeApplier.apply(estimate, alternative), rangeMethod, simulate, priced,
                    threads, () -> { }));
        }
        return out;
    }

    /**
     * The totals of {@code estimate} (valid) for a caller that reads only its price and what follows
     * from the price (items, groups, the price chain, cost and margin, milestones), such as the
     * revision bridge, which prices every step of a walk between two revisions. The Monte Carlo
     * simulation is part of the price only when the contingency is simulated: then it runs in full,
     * exactly as in {@link #calculate(Estimate)}. Otherwise it does not run at all. Either way the price
     * figures are {@link #calculate(Estimate)}'s to the cent, and {@code simulation()} is null.
     * Alternatives are not priced.
     */
    public static EstimateTotals calculatePrice(Estimate estimate) {
        return priceSeries().price(estimate);
    }

    /**
     * A series of {@link #calculatePrice} calls over variants of one estimate, such as the steps of
     * a revision bridge: an item or group the variant kept (the same instance) under the same rate
     * card and currency is not priced again. Each result equals {@link #calculatePrice}'s.
     */
    public static PriceSeries priceSeries() {
        return new PriceSeries();
    }

    /** See {@link #priceSeries()}; not for use by several threads at once. */
    public static final class PriceSeries {
        private final PricedGroups priced = new PricedGroups(null);

        private PriceSeries() {
        }

        /** {@link #calculatePrice(Estimate)} of {@code estimate}, reusing what earlier calls priced. */
        public EstimateTotals price(Estimate estimate) {
            Preconditions.checkNotNull(estimate, "estimate");
            return calculateBaseline(estimate.withAlternatives(List.of()), RangeMethod.pert(), false, priced, THREADS,
                    () -> { });
        }
    }

    /**
     * The totals of groups and items priced earlier in one calculation (or {@link PriceSeries}), by
     * instance: the baseline's groups and items that an alternative leaves as they are ({@link
     * AlternativeApplier} keeps those instances) have the same totals as long as the rate card and
     * currency are the same.
     */
    private static final class PricedGroups {
        private final Remembered<Group, Priced> byGroup;
        /** Item totals by item instance, under {@link #itemsRateCard} and {@link #itemsRounding}. */
        private final Remembered<LineItem, ItemTotal> byItem;
        /** The simulation's input of each item total in {@link #byItem} (see {@link RiskSimulation#run}). */
        private final Remembered<ItemTotal, dev.estimator.core.simulation.UncertainAmount> amounts;
        private RateCard itemsRateCard;
        private RoundingPolicy itemsRounding;

        /**
         * A memory of its own; above {@code earlier}'s when given, which it only reads (so several
         * threads can price on top of one earlier pricing as long as nobody prices with it any more).
         */
        PricedGroups(PricedGroups earlier) {
            byGroup = new Remembered<>(earlier == null ? null : earlier.byGroup);
            byItem = new Remembered<>(earlier == null ? null : earlier.byItem);
            amounts = new Remembered<>(earlier == null ? null : earlier.amounts);
            if (earlier != null) {
                itemsRateCard = earlier.itemsRateCard;
                itemsRounding = earlier.itemsRounding;
            }
        }

        /** The item totals remembered so far, kept only when they were priced under this rate card and currency. */
        Remembered<LineItem, ItemTotal> itemsUnder(RateCard rateCard, RoundingPolicy rounding) {
            if (!java.util.Objects.equals(rateCard, itemsRateCard) || !rounding.equals(itemsRounding)) {
                byItem.clear();
                amounts.clear();
                itemsRateCard = rateCard;
                itemsRounding = rounding;
            }
            return byItem;
        }

        /** A group's total and every item total it put into the items' map, in order. */
        private record Priced(RateCard rateCard, RoundingPolicy rounding, int depth, GroupTotal total,
                              List<ItemTotal> items) {
        }
    }

    /**
     * The totals of {@code estimate}, remembering its items and simulation inputs in {@code priced};
     * {@code remembered} runs once that is done, when nothing more is written to {@code priced}.
     */
    private static EstimateTotals calculateBaseline(Estimate estimate, RangeMethod rangeMethod, boolean simulate,
                                                    PricedGroups priced, int threads, Runnable remembered) {
        Preconditions.checkArgument(estimate.header() != null && estimate.header().currency() != null,
                "the estimate has no currency; validate it before calculating");
        RoundingPolicy rounding = RoundingPolicy.of(estimate.header().currency());
        Pricing pricing = new Pricing(estimate, rounding, priced.itemsUnder(estimate.rateCard(), rounding), threads);

        // Built frozen: the totals and the range keep this map as it is instead of copying it.
        ImmutableMap.Builder<String, ItemTotal> priceOrder = ImmutableMap.builderWithExpectedSize(pricing.knownItems());
        List<GroupTotal> groups = estimate.breakdown().stream()
                .map(g -> groupTotal(g, 0, pricing, priceOrder, priced)).toList();
        // As a map filled in this order would be: an id met twice keeps its first place and its last total.
        ImmutableMap<String, ItemTotal> items = priceOrder.buildKeepingLast();
        BigDecimal subtotal = sum(rounding, groups.stream().map(GroupTotal::amount).toList());
        // Recurring items are priced per period, outside the one-time price: not in its subtotal, range or cost.
        Map<String, ItemTotal> oneTime = oneTime(estimate, groups, items);
        BigDecimal optionalSubtotal = sum(rounding,
                oneTime.values().stream().filter(ItemTotal::optional).map(ItemTotal::amount).toList());

        List<RiskExposure> exposures = estimate.risks().stream()
                .map(r -> new RiskExposure(r, riskExposure(r, rounding))).toList();
        // The simulation is the costliest step: run it only for its report or for a contingency set by it.
        RiskSimulation simulation = simulate || simulatedContingency(estimate)
                ? RiskSimulation.run(estimate, rounding, oneTime, subtotal, threads, priced.amounts) : null;
        remembered.run();
        // From here on a simulated contingency is the amount it came to (a scenario carries it unchanged).
        Estimate resolved = simulation == null ? estimate : simulation.resolveContingency();
        PriceTail price = tail(resolved, rounding, subtotal, exposures);
        PriceTail withoutOptional = tail(resolved, rounding, subtotal.subtract(optionalSubtotal), exposures);
        TotalRange range = Preconditions.checkNotNull(
                rangeMethod.range(new PricedEstimate(resolved, rounding, oneTime, price, exposures)),
                "the range method gave no range");

        BilledPrice billing = billing(resolved, rounding, price, exposures);
        List<MilestoneAmount> milestones = milestones(estimate, rounding, billing.billedTotal());
        return new EstimateTotals(rounding, groups, items, optionalSubtotal, price, withoutOptional, range,
                milestones,
                estimate.assumptions().stream()
                        .map(a -> new AssumptionImpact(a, assumptionImpact(a, rounding, items, subtotal))).toList(),
                exposures, hasCostData(estimate) ? internal(rounding, groups, price.net())
                        : Optional.empty(),
                negotiation(estimate, rounding, price.net()), List.of(), billing,
                commercial(estimate, rounding, price, billing),
                ScheduleCalculator.schedule(estimate, items, milestones),
                RecurringCalculator.recurring(estimate, rounding, items, price.total()),
                simulate ? simulation.result(price.total()) : null, HistoryCalibration.of(estimate.history()));
    }

    /**
     * {@code items} without the recurring items, in their order; {@code items} itself when there are
     * none. A group's total lists its one-time items only, so the groups tell how many those are.
     */
    private static Map<String, ItemTotal> oneTime(Estimate estimate, List<GroupTotal> groups,
                                                  ImmutableMap<String, ItemTotal> items) {
        if (oneTimeItems(groups) == items.size()) {
            return items;
        }
        // The recurring items are few: items less those, rather than a set of every one-time id.
        Set<String> recurring = new java.util.HashSet<>();
        estimate.allItems().filter(LineItem::isRecurring).forEach(item -> recurring.add(item.id()));
        ImmutableMap.Builder<String, ItemTotal> oneTime = ImmutableMap.builderWithExpectedSize(items.size());
        items.forEach((id, total) -> {
            if (!recurring.contains(id)) {
                oneTime.put(id, total);
            }
        });
        return oneTime.buildOrThrow();
    }

    /** How many one-time items the groups hold. */
    private static int oneTimeItems(List<GroupTotal> groups) {
        int count = 0;
        for (GroupTotal group : groups) {
            count += group.items().size() + oneTimeItems(group.groups());
        }
        return count;
    }

    private static boolean simulatedContingency(Estimate estimate) {
        return estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.SIMULATION;
    }

    private static GroupTotal groupTotal(Group group, int depth, Pricing pricing,
                                         ImmutableMap.Builder<String, ItemTotal> out, PricedGroups priced) {
        RateCard rateCard = pricing.estimate.rateCard();
        PricedGroups.Priced earlier = priced.byGroup.get(group);
        if (earlier != null && earlier.depth() == depth && earlier.rateCard().equals(rateCard)
                && earlier.rounding().equals(pricing.rounding)) {
            earlier.items().forEach(total -> out.put(total.itemId(), total));
            return earlier.total();
        }
        List<LineItem> own = group.items();
        List<ItemTotal> put = new ArrayList<>(pricing.priceAll(own, group.id()));
        List<ItemTotal> items = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            LineItem item = own.get(i);
            ItemTotal total = put.get(i);
            out.put(item.id(), total);
            if (!item.isRecurring()) {
                items.add(total);
            }
        }
        List<GroupTotal> subgroups = new ArrayList<>();
        for (Group subgroup : group.groups()) {
            subgroups.add(groupTotal(subgroup, depth + 1, pricing, out, priced));
            put.addAll(priced.byGroup.get(subgroup).items());
        }
        List<BigDecimal> parts = new ArrayList<>(items.stream().map(ItemTotal::amount).toList());
        subgroups.forEach(g -> parts.add(g.amount()));
        List<BigDecimal> costs = new ArrayList<>(items.stream().map(ItemTotal::cost).toList());
        subgroups.forEach(g -> costs.add(g.cost()));
        BigDecimal cost = costs.contains(null) ? null : sum(pricing.rounding, costs);
        GroupTotal total = new GroupTotal(group.id(), group.title(), depth, sum(pricing.rounding, parts), cost, items,
                subgroups);
        priced.byGroup.put(group, new PricedGroups.Priced(rateCard, pricing.rounding, depth, total, List.copyOf(put)));
        return total;
    }

    /** Contingency, adjustments, tax and total over a given subtotal. */
    static PriceTail tail(Estimate estimate, RoundingPolicy rounding, BigDecimal subtotal, List<RiskExposure> exposures) {
        return tail(estimate, rounding, subtotal, contingency(estimate.contingency(), rounding, subtotal, exposures));
    }

    /** Adjustments, tax and total over a given subtotal and contingency. */
    static PriceTail tail(Estimate estimate, RoundingPolicy rounding, BigDecimal subtotal,
                                  BigDecimal contingency) {
        BigDecimal running = subtotal.add(contingency);
        List<AdjustmentAmount> adjustments = new ArrayList<>();
        for (Adjustment adjustment : estimate.adjustments()) {
            if (!adjustment.appliesTo().oneTime()) {
                continue;
            }
            BigDecimal magnitude = adjustment.percent() != null
                    ? rounding.percentOf(running, adjustment.percent())
                    : rounding.money(adjustment.amount());
            BigDecimal signed = adjustment.kind() == AdjustmentKind.DISCOUNT ? magnitude.negate() : magnitude;
            adjustments.add(new AdjustmentAmount(adjustment, running, signed));
            running = running.add(signed);
        }
        BigDecimal tax = estimate.tax() == null ? rounding.zero() : rounding.percentOf(running, estimate.tax().percent());
        // One rate today: the whole net is taxed at it. Items at a reduced rate would split the base here.
        List<TaxRateAmount> byRate = estimate.tax() == null ? List.of()
                : List.of(new TaxRateAmount(estimate.tax().percent(), running, tax));
        return new PriceTail(subtotal, contingency, adjustments, running, tax, running.add(tax), byRate);
    }

    /**
     * What the milestones invoice: the whole price, or (contingency on approval) the subtotal
     * carried through the adjustments and tax without the contingency.
     */
    static BilledPrice billing(Estimate estimate, RoundingPolicy rounding, PriceTail price,
                                       List<RiskExposure> exposures) {
        ContingencyBilling billing = estimate.commercial() == null
                ? ContingencyBilling.INCLUDED : estimate.commercial().contingencyBilling();
        return switch (billing) {
            case INCLUDED -> BilledPrice.included(price, rounding);
            case ON_APPROVAL -> BilledPrice.onApproval(price, tail(estimate, rounding, price.subtotal(), rounding.zero()));
        };
    }

    private static Optional<CommercialFigures> commercial(Estimate estimate, RoundingPolicy rounding, PriceTail price,
                                                          BilledPrice billing) {
        Commercial terms = estimate.commercial();
        if (terms == null) {
            return Optional.empty();
        }
        BigDecimal contractPrice = billing.invoiced().net();
        BigDecimal cap = terms.cap() == null ? null : rounding.money(terms.cap());
        LiabilityCap liability = terms.liabilityCap();
        BigDecimal liabilityCap = liability == null ? null
                : liability.amount() != null ? rounding.money(liability.amount())
                : liability.percent() != null ? rounding.percentOf(contractPrice, liability.percent()) : null;
        DelayPenalties penalties = terms.delayPenalties();
        boolean penalised = penalties != null && penalties.applies();
        return Optional.of(new CommercialFigures(terms, terms.overrunBearer(), cap,
                cap == null ? null : cap.subtract(price.net()), liabilityCap,
                penalised && penalties.percentPerWeek() != null
                        ? rounding.percentOf(contractPrice, penalties.percentPerWeek()) : null,
                penalised && penalties.maxPercent() != null
                        ? rounding.percentOf(contractPrice, penalties.maxPercent()) : null));
    }

    private static BigDecimal contingency(Contingency contingency, RoundingPolicy rounding, BigDecimal subtotal,
                                          List<RiskExposure> exposures) {
        if (contingency == null) {
            return rounding.zero();
        }
        return switch (contingency.method()) {
            case PERCENT -> rounding.percentOf(subtotal, contingency.percent());
            case AMOUNT -> rounding.money(contingency.amount());
            case RISK_BASED -> sum(rounding, exposures.stream().map(RiskExposure::expectedCost).toList());
            case SIMULATION -> throw new IllegalStateException(
                    "a simulated contingency is priced as the amount it comes to; see RiskSimulation.resolveContingency");
        };
    }

    static BigDecimal riskExposure(Risk risk, RoundingPolicy rounding) {
        BigDecimal midpoint = risk.impact().low().add(risk.impact().high()).divide(BigDecimal.TWO);
        return rounding.percentOf(midpoint, risk.probability());
    }

    private static BigDecimal assumptionImpact(Assumption assumption, RoundingPolicy rounding,
                                               Map<String, ItemTotal> items, BigDecimal subtotal) {
        CostImpact impact = assumption.impact();
        if (impact == null) {
            return null;
        }
        if (impact.amount() != null) {
            return rounding.money(impact.amount());
        }
        if (impact.percent() == null) {
            return null;
        }
        BigDecimal base = impact.items().isEmpty() ? subtotal : sum(rounding, impact.items().stream()
                .map(items::get).filter(java.util.Objects::nonNull).map(ItemTotal::amount).toList());
        return rounding.percentOf(base, impact.percent());
    }

    private static TotalRange range(Estimate estimate, RoundingPolicy rounding, java.util.Collection<ItemTotal> items,
                                    PriceTail price, List<RiskExposure> exposures) {
        // Items of one shape (the same spread, amount and rate: usually one figures object shared by
        // many items) are counted, and each shape's figures worked once: exact, as adding item by item.
        // Such items usually come one after another: a run of them is counted before it is merged (the
        // shapes keep the order they are first met in).
        Map<RangeShape, Integer> shapes = new LinkedHashMap<>();
        ItemTotal runOf = null;
        int run = 0;
        for (ItemTotal item : items) {
            if (item.spread() == null) {
                continue;
            }
            if (runOf != null && item.spread() == runOf.spread() && item.amount() == runOf.amount()
                    && item.rate() == runOf.rate()) {
                run++;
                continue;
            }
            if (runOf != null) {
                shapes.merge(new RangeShape(runOf.spread(), runOf.amount(), runOf.rate()), run, Integer::sum);
            }
            runOf = item;
            run = 1;
        }
        if (runOf != null) {
            shapes.merge(new RangeShape(runOf.spread(), runOf.amount(), runOf.rate()), run, Integer::sum);
        }
        BigDecimal optimisticSubtotal = price.subtotal();
        BigDecimal pessimisticSubtotal = price.subtotal();
        // Σ (σ × rate)², exact: items of the same σ and rate are squared once and counted.
        Map<List<BigDecimal>, Integer> spreads = new LinkedHashMap<>();
        for (Map.Entry<RangeShape, Integer> shape : shapes.entrySet()) {
            RangeShape s = shape.getKey();
            BigDecimal count = BigDecimal.valueOf(shape.getValue());
            optimisticSubtotal = optimisticSubtotal.add(s.spread().optimisticAmount().subtract(s.amount()).multiply(count));
            pessimisticSubtotal = pessimisticSubtotal.add(s.spread().pessimisticAmount().subtract(s.amount()).multiply(count));
            spreads.merge(List.of(s.spread().standardDeviation(), s.rate()), shape.getValue(), Integer::sum);
        }
        BigDecimal variance = BigDecimal.ZERO;
        for (Map.Entry<List<BigDecimal>, Integer> spread : spreads.entrySet()) {
            BigDecimal sd = spread.getKey().get(0).multiply(spread.getKey().get(1));
            variance = variance.add(sd.multiply(sd).multiply(BigDecimal.valueOf(spread.getValue())));
        }
        BigDecimal sd = rounding.money(variance.sqrt(MathContext.DECIMAL64));
        BigDecimal p80Subtotal = price.subtotal().add(rounding.money(sd.multiply(TotalRange.Z80)));
        var accuracy = estimate.header().effectiveAccuracy();
        BigDecimal total = price.total();
        PriceTail optimistic = tail(estimate, rounding, optimisticSubtotal, exposures);
        PriceTail p80 = tail(estimate, rounding, p80Subtotal, exposures);
        PriceTail pessimistic = tail(estimate, rounding, pessimisticSubtotal, exposures);
        return new TotalRange(optimistic.total(), pessimistic.total(), sd, p80.total(),
                total.add(rounding.percentOf(total, accuracy.low())),
                total.add(rounding.percentOf(total, accuracy.high())),
                optimistic, p80, pessimistic);
    }

    /** What an item adds to the range: the same for every item of one shape. */
    private record RangeShape(ItemTotal.ThreePointSpread spread, BigDecimal amount, BigDecimal rate) {
    }

    static List<MilestoneAmount> milestones(Estimate estimate, RoundingPolicy rounding, BigDecimal total) {
        List<MilestoneAmount> out = new ArrayList<>();
        BigDecimal allocated = rounding.zero();
        List<Milestone> milestones = estimate.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            BigDecimal amount = i == milestones.size() - 1
                    ? total.subtract(allocated)
                    : rounding.percentOf(total, milestone.percent());
            allocated = allocated.add(amount);
            out.add(new MilestoneAmount(milestone, amount));
        }
        return out;
    }

    /** Whether the estimate states any cost at all; a client-redacted estimate states none. */
    private static boolean hasCostData(Estimate estimate) {
        return estimate.rateCard().roles().stream().anyMatch(r -> r.cost() != null)
                || estimate.allItems().anyMatch(i -> i.unitCost() != null);
    }

    /**
     * Cost and margin over the one-time items, from the groups' costs: a group's cost is the sum of
     * its one-time items' costs and its subgroups', unknown (null) when one of them is.
     */
    private static Optional<InternalTotals> internal(RoundingPolicy rounding, List<GroupTotal> groups, BigDecimal net) {
        if (groups.stream().anyMatch(g -> g.cost() == null)) {
            return Optional.empty();
        }
        BigDecimal cost = sum(rounding, groups.stream().map(GroupTotal::cost).toList());
        BigDecimal margin = net.subtract(cost);
        List<GroupMargin> margins = new ArrayList<>();
        groups.forEach(g -> groupMargins(g, margins));
        return Optional.of(new InternalTotals(cost, margin, RoundingPolicy.percentage(margin, net), margins));
    }

    /** {@code group} and its subgroups, depth first; every cost is known (see {@link #internal}). */
    private static void groupMargins(GroupTotal group, List<GroupMargin> out) {
        BigDecimal margin = group.amount().subtract(group.cost());
        out.add(new GroupMargin(group.groupId(), group.title(), group.depth(), group.amount(), group.cost(), margin,
                RoundingPolicy.percentage(margin, group.amount())));
        group.groups().forEach(g -> groupMargins(g, out));
    }

    private static Optional<NegotiationFigures> negotiation(Estimate estimate, RoundingPolicy rounding,
                                                            BigDecimal net) {
        InternalSection section = estimate.internal();
        if (section == null) {
            return Optional.empty();
        }
        BigDecimal target = section.targetPrice() == null ? null : rounding.money(section.targetPrice());
        BigDecimal walkAway = section.walkAwayPrice() == null ? null : rounding.money(section.walkAwayPrice());
        BigDecimal maxDiscount = section.maxDiscountPercent();
        return Optional.of(new NegotiationFigures(target, walkAway, maxDiscount,
                target == null ? null : net.subtract(target),
                walkAway == null ? null : net.subtract(walkAway),
                maxDiscount == null ? null : net.subtract(rounding.percentOf(net, maxDiscount))));
    }

    /** The default range: {@link #range} over the priced estimate. */
    static TotalRange pertRange(PricedEstimate priced) {
        return range(priced.estimate(), priced.rounding(), priced.items().values(), priced.price(),
                priced.riskExposures());
    }

    private static BigDecimal sum(RoundingPolicy rounding, List<BigDecimal> values) {
        return values.stream().reduce(rounding.zero(), BigDecimal::add);
    }

    /**
     * Prices single line items against the estimate's rate card. A role's rate per unit, and the
     * figures of a three-point quantity at a given rate, are worked out once per estimate: many items
     * share them, and the figures are the same whichever item asks.
     */
    private static final class Pricing {

        private final Estimate estimate;
        private final RoundingPolicy rounding;
        private final Map<RateKey, Optional<BigDecimal>> rates = new HashMap<>();
        private RateKey lastRateKey;
        private Optional<BigDecimal> lastRate;
        private RateKey lastCostKey;
        private Optional<BigDecimal> lastCost;
        private final Map<ThreePointKey, ThreePointFigures> threePoints = new HashMap<>();
        /** Items priced earlier under this estimate's rate card and currency. */
        private final Remembered<LineItem, ItemTotal> earlier;
        private final int threads;

        Pricing(Estimate estimate, RoundingPolicy rounding, Remembered<LineItem, ItemTotal> earlier, int threads) {
            this.estimate = estimate;
            this.rounding = rounding;
            this.earlier = earlier;
            this.threads = threads;
        }

        /** How many items were priced before: the size to expect of this pricing's items. */
        int knownItems() {
            return earlier.size();
        }

        /**
         * The totals of {@code items}, the own items of group {@code groupId}, in order: what {@link
         * #price} gives item by item. From {@link #PRICED_IN_HALVES_FROM} items on (two cores), the
         * second half is priced on another thread by a pricing of its own (the memos of the last rate
         * and of the three-point figures are not shared). Both halves only read the items remembered
         * before; what they priced anew is remembered afterwards, in the items' order. The one
         * difference from one by one: an item instance listed twice is priced twice, to equal totals.
         */
        List<ItemTotal> priceAll(List<LineItem> items, String groupId) {
            int count = items.size();
            if (threads < 2 || count < PRICED_IN_HALVES_FROM) {
                List<ItemTotal> out = new ArrayList<>(count);
                for (LineItem item : items) {
                    out.add(price(item, groupId));
                }
                return out;
            }
            ItemTotal[] totals = new ItemTotal[count];
            boolean[] anew = new boolean[count];
            dev.estimator.core.concurrent.Futures.inHalves("estimator-item-pricing", count, true, (from, to) ->
                    (from == 0 ? this : new Pricing(estimate, rounding, earlier, 1))
                            .lookUpOrPrice(items, from, to, groupId, totals, anew));
            for (int i = 0; i < count; i++) {
                if (anew[i]) {
                    earlier.put(items.get(i), totals[i]);
                }
            }
            return java.util.Arrays.asList(totals);
        }

        /** {@link #price} of {@code items} from {@code from} to {@code to} into {@code totals}, remembering nothing. */
        private void lookUpOrPrice(List<LineItem> items, int from, int to, String groupId, ItemTotal[] totals,
                                   boolean[] anew) {
            for (int i = from; i < to; i++) {
                LineItem item = items.get(i);
                ItemTotal known = earlier.get(item);
                if (known != null && known.groupId().equals(groupId)) {
                    totals[i] = known;
                } else {
                    totals[i] = priceAgain(item, groupId);
                    anew[i] = true;
                }
            }
        }

        ItemTotal price(LineItem item, String groupId) {
            ItemTotal known = earlier.get(item);
            if (known != null && known.groupId().equals(groupId)) {
                return known;
            }
            ItemTotal total = priceAgain(item, groupId);
            earlier.put(item, total);
            return total;
        }

        private ItemTotal priceAgain(LineItem item, String groupId) {
            BigDecimal rate = rate(item, false);
            BigDecimal costRate = costRate(item, rate);
            return switch (item.quantity()) {
                case Quantity.Fixed fixed -> new ItemTotal(item.id(), groupId, fixed.value(), rate,
                        rounding.amount(fixed.value(), rate), costRate, cost(fixed.value(), costRate),
                        item.optional(), null);
                case Quantity.ThreePoint tp -> {
                    ThreePointFigures f = threePoints.computeIfAbsent(new ThreePointKey(tp, rate, costRate),
                            k -> threePoint(tp, rate, costRate));
                    yield new ItemTotal(item.id(), groupId, f.mean(), rate, f.amount(), costRate, f.cost(),
                            item.optional(), f.spread());
                }
            };
        }

        private ThreePointFigures threePoint(Quantity.ThreePoint tp, BigDecimal rate, BigDecimal costRate) {
            BigDecimal mean = RoundingPolicy.pertMean(tp.optimistic(), tp.mostLikely(), tp.pessimistic());
            return new ThreePointFigures(mean, rounding.amount(mean, rate), cost(mean, costRate),
                    new ItemTotal.ThreePointSpread(
                            RoundingPolicy.pertStandardDeviation(tp.optimistic(), tp.pessimistic()),
                            rounding.amount(tp.optimistic(), rate), rounding.amount(tp.pessimistic(), rate)));
        }

        private BigDecimal costRate(LineItem item, BigDecimal rate) {
            if (item.isLabour()) {
                return rate(item, true);
            }
            // Pass-through items (no unit cost stated) cost what they are sold for; labour without
            // a cost rate has no known cost.
            return item.unitCost() != null ? item.unitCost() : rate;
        }

        private BigDecimal cost(BigDecimal quantity, BigDecimal costRate) {
            return costRate == null ? null : rounding.amount(quantity, costRate);
        }

        private BigDecimal rate(LineItem item, boolean cost) {
            if (!item.isLabour()) {
                Preconditions.checkArgument(item.unitPrice() != null, "line item %s has no unit price", item.id());
                return item.unitPrice();
            }
            // Items of one role and unit usually come in runs: the last rate asked for is kept at hand.
            RateKey last = cost ? lastCostKey : lastRateKey;
            if (last != null && last.unit() == item.unit() && last.role().equals(item.role())) {
                return (cost ? lastCost : lastRate).orElse(null);
            }
            RateKey key = new RateKey(item.role(), item.unit(), cost);
            Optional<BigDecimal> found = rates.computeIfAbsent(key, k -> {
                Role role = estimate.rateCard().role(item.role()).orElseThrow(() -> new IllegalArgumentException(
                        "line item " + item.id() + " names unknown role " + item.role()));
                BigDecimal perPeriod = cost ? role.cost() : role.rate();
                return perPeriod == null ? Optional.empty() : Optional.of(rounding.ratePerUnit(perPeriod, role.per(),
                        item.unit(), estimate.rateCard().hoursPerDay()));
            });
            if (cost) {
                lastCostKey = key;
                lastCost = found;
            } else {
                lastRateKey = key;
                lastRate = found;
            }
            return found.orElse(null);
        }

        private record RateKey(String role, Unit unit, boolean cost) {
        }

        private record ThreePointKey(Quantity.ThreePoint quantity, BigDecimal rate, BigDecimal costRate) {
        }

        private record ThreePointFigures(BigDecimal mean, BigDecimal amount, BigDecimal cost,
                                         ItemTotal.ThreePointSpread spread) {
        }
    }
}
