package dev.estimator.core.compare;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Moves a working copy of the previous revision towards the current one, one change at a time,
 * and records the calculator's grand total after each change as a step.
 *
 * <p>Building the stages is cheap; pricing them is not (each prices the whole estimate, with the
 * simulation when the contingency is simulated). So the walk builds stages ahead and prices them
 * in pairs, one on this thread and one on another, each thread with its own {@link
 * EstimateCalculator.PriceSeries}. Every price is the calculator's own, whichever thread made it;
 * at most two stages wait to be priced, so memory does not grow with the number of steps.
 */
final class BridgeWalk {

    private final Estimate previous;
    private final Estimate current;
    private final RevisionMatch match;
    private final List<BridgeStep> steps = new ArrayList<>();
    /** Stages built but not priced yet, in order. */
    private final List<Pending> pending = new ArrayList<>();
    private Estimate stage;
    /** The totals of the last stage priced (the one before the first pending stage). */
    private EstimateTotals stageTotals;
    private Map<String, LineItem> stageItems;

    /** A step whose stage is built and waits for its price; its cause may need the prices on both sides. */
    private record Pending(CauseOf cause, Estimate stage) {
    }

    @FunctionalInterface
    private interface CauseOf {
        BridgeCause given(EstimateTotals before, EstimateTotals after);
    }

    BridgeWalk(Estimate previous, Estimate current) {
        this.previous = previous;
        this.current = current;
        this.match = RevisionMatch.of(previous, current);
        this.stage = previous.withAlternatives(List.of());
        this.stageTotals = totals(stage);
    }

    RevisionBridge walk() {
        EstimateTotals first = stageTotals;
        scope();
        quantities();
        rates();
        unitPrices();
        optionalFlags();
        contingency();
        adjustments();
        tax();
        Estimate target = current.withAlternatives(List.of());
        // The last stage, if one waits, is priced beside the current revision.
        EstimateTotals last = priceWaitingWith(target);
        if (last.grandTotal().compareTo(stageTotals.grandTotal()) != 0 || last.net().compareTo(stageTotals.net()) != 0
                || !Objects.equals(cost(last), cost(stageTotals))) {
            record(new BridgeCause.OtherChanges(), last);
        }
        return new RevisionBridge(previous.header().revision().number(), current.header().revision().number(),
                current.header().currency().getCurrencyCode(), first.grandTotal(), last.grandTotal(),
                last.grandTotal().subtract(first.grandTotal()), first.net(), last.net(), steps, match, warnings(),
                current.header().revision().note(), costMovement(first, last));
    }

    private void scope() {
        for (ItemMatch m : match.items()) {
            if (m.status() == MatchStatus.REMOVED) {
                step(new BridgeCause.ItemRemoved(m.before(), m.groupBefore()), withItems(stage, i -> i.id().equals(m.id()) ? null : i));
            }
        }
        for (ItemMatch m : match.items()) {
            if (m.status() == MatchStatus.ADDED) {
                step(new BridgeCause.ItemAdded(m.after(), m.groupAfter()), withItemAdded(withRoleOf(stage, m.after()),
                        m.groupAfter(), m.after()));
            }
        }
    }

    private void quantities() {
        for (ItemMatch m : bothRevisions()) {
            LineItem now = stageItem(m.id());
            LineItem target = m.after();
            if (!sameQuantity(now.quantity(), target.quantity()) || now.unit() != target.unit()
                    || !Objects.equals(now.customUnit(), target.customUnit())) {
                Estimate next = withItems(stage, i -> i.id().equals(m.id())
                        ? new LineItem(i.id(), i.title(), i.description(), i.category(), target.quantity(), target.unit(),
                        i.role(), i.unitPrice(), i.unitCost(), i.optional(), i.justification(), i.recurrence(),
                        target.customUnit()) : i);
                step((before, after) -> new BridgeCause.QuantityChanged(now, target, before.item(m.id()).quantity(),
                        after.item(m.id()).quantity()), next);
            }
        }
    }

    private void rates() {
        RateCard card = current.rateCard();
        if (stage.rateCard().hoursPerDay().compareTo(card.hoursPerDay()) != 0) {
            step(new BridgeCause.HoursPerDayChanged(stage.rateCard().hoursPerDay(), card.hoursPerDay()),
                    stage.withRateCard(new RateCard(card.hoursPerDay(), stage.rateCard().roles())));
        }
        for (Role target : card.roles()) {
            Optional<Role> now = stage.rateCard().role(target.id());
            if (now.isPresent() && !samePricing(now.get(), target)) {
                step(new BridgeCause.RoleChanged(now.get(), target), stage.withRateCard(new RateCard(
                        stage.rateCard().hoursPerDay(), stage.rateCard().roles().stream()
                        .map(r -> r.id().equals(target.id()) ? target : r).toList())));
            }
        }
        for (ItemMatch m : bothRevisions()) {
            LineItem now = stageItem(m.id());
            LineItem target = m.after();
            if (!Objects.equals(now.role(), target.role())) {
                step(new BridgeCause.ItemRoleChanged(now, target), withItems(withRoleOf(stage, target),
                        i -> i.id().equals(m.id()) ? new LineItem(i.id(), i.title(), i.description(), i.category(),
                                i.quantity(), i.unit(), target.role(), target.unitPrice(), target.unitCost(),
                                i.optional(), i.justification(), i.recurrence(), i.customUnit()) : i));
            }
        }
    }

    private void unitPrices() {
        for (ItemMatch m : bothRevisions()) {
            LineItem now = stageItem(m.id());
            LineItem target = m.after();
            if (!same(now.unitPrice(), target.unitPrice()) || !same(now.unitCost(), target.unitCost())) {
                step(new BridgeCause.UnitPriceChanged(now, target), withItems(stage, i -> i.id().equals(m.id())
                        ? i.withUnitPrice(target.unitPrice()).withUnitCost(target.unitCost()) : i));
            }
        }
    }

    private void optionalFlags() {
        for (ItemMatch m : bothRevisions()) {
            LineItem now = stageItem(m.id());
            if (now.optional() != m.after().optional()) {
                boolean optional = m.after().optional();
                step(new BridgeCause.OptionalChanged(m.after(), optional), withItems(stage, i -> i.id().equals(m.id())
                        ? new LineItem(i.id(), i.title(), i.description(), i.category(), i.quantity(), i.unit(),
                        i.role(), i.unitPrice(), i.unitCost(), optional, i.justification(), i.recurrence(),
                        i.customUnit()) : i));
            }
        }
    }

    private void contingency() {
        // Risks move the price only through a risk-based or simulated contingency; otherwise they are no step.
        boolean simulated = simulated(previous.contingency()) || simulated(current.contingency());
        if (riskBased(previous.contingency()) || riskBased(current.contingency()) || simulated) {
            for (Matched<Risk> m : match.risks()) {
                if (m.status() == MatchStatus.REMOVED) {
                    step(new BridgeCause.RiskRemoved(m.before()), withRisks(stage.risks().stream()
                            .filter(r -> !r.id().equals(m.id())).toList()));
                }
            }
            for (Matched<Risk> m : match.risks()) {
                if (m.status() == MatchStatus.CHANGED && (!sameExposure(m.before(), m.after())
                        || simulated && !m.before().coveredBy().equals(m.after().coveredBy()))) {
                    step(new BridgeCause.RiskChanged(m.before(), m.after()), withRisks(stage.risks().stream()
                            .map(r -> r.id().equals(m.id()) ? m.after() : r).toList()));
                }
            }
            for (Matched<Risk> m : match.risks()) {
                if (m.status() == MatchStatus.ADDED) {
                    List<Risk> risks = new ArrayList<>(stage.risks());
                    risks.add(m.after());
                    step(new BridgeCause.RiskAdded(m.after()), withRisks(risks));
                }
            }
        }
        // A simulated contingency also depends on how the simulation runs: it changes with its settings.
        if (!samePricing(stage.contingency(), current.contingency()) || simulated
                && !Objects.equals(stage.effectiveSimulation(), current.effectiveSimulation())) {
            step(new BridgeCause.ContingencyChanged(stage.contingency(), current.contingency()),
                    rebuild(stage.risks(), current.contingency(), stage.adjustments(), stage.tax())
                            .withSimulation(current.simulation()));
        }
    }

    private void adjustments() {
        for (Matched<Adjustment> m : match.adjustments()) {
            if (m.status() == MatchStatus.REMOVED) {
                step(new BridgeCause.AdjustmentRemoved(m.before()), withAdjustments(stage.adjustments().stream()
                        .filter(a -> !a.id().equals(m.id())).toList()));
            }
        }
        for (Matched<Adjustment> m : match.adjustments()) {
            if (m.inBoth() && !samePricing(m.before(), m.after())) {
                step(new BridgeCause.AdjustmentChanged(m.before(), m.after()), withAdjustments(stage.adjustments().stream()
                        .map(a -> a.id().equals(m.id()) ? m.after() : a).toList()));
            }
        }
        Map<String, Adjustment> present = new LinkedHashMap<>();
        stage.adjustments().forEach(a -> present.put(a.id(), a));
        List<String> order = current.adjustments().stream().map(Adjustment::id).filter(present::containsKey).toList();
        List<String> now = List.copyOf(present.keySet());
        if (!order.equals(now)) {
            step(new BridgeCause.AdjustmentsReordered(now, order),
                    withAdjustments(order.stream().map(present::get).toList()));
        }
        for (Matched<Adjustment> m : match.adjustments()) {
            if (m.status() == MatchStatus.ADDED) {
                Set<String> kept = stage.adjustments().stream().map(Adjustment::id).collect(Collectors.toSet());
                Map<String, Adjustment> byId = new LinkedHashMap<>();
                stage.adjustments().forEach(a -> byId.put(a.id(), a));
                byId.put(m.id(), m.after());
                // In the current revision's order, among the adjustments applied so far.
                step(new BridgeCause.AdjustmentAdded(m.after()), withAdjustments(current.adjustments().stream()
                        .filter(a -> kept.contains(a.id()) || a.id().equals(m.id())).map(a -> byId.get(a.id())).toList()));
            }
        }
    }

    private void tax() {
        Tax before = stage.tax();
        Tax after = current.tax();
        boolean same = before == null ? after == null : after != null && same(before.percent(), after.percent());
        if (!same) {
            step(new BridgeCause.TaxChanged(before, after), rebuild(stage.risks(), stage.contingency(),
                    stage.adjustments(), after));
        }
    }

    private void step(BridgeCause cause, Estimate next) {
        step((before, after) -> cause, next);
    }

    /** Moves the working copy to {@code next}; its price, and the step, follow when a pair of stages is ready. */
    private void step(CauseOf cause, Estimate next) {
        pending.add(new Pending(cause, next));
        stage = next;
        stageItems = null;
        if (pending.size() == 2) {
            List<EstimateTotals> prices = pricedInPairs(pending.get(0).stage(), pending.get(1).stage());
            recordPending(prices);
        }
    }

    /** Prices the stage still waiting (if any) and {@code target} side by side, records the waiting step, and returns {@code target}'s totals. */
    private EstimateTotals priceWaitingWith(Estimate target) {
        if (pending.isEmpty()) {
            return totals(target);
        }
        List<EstimateTotals> prices = pricedInPairs(pending.getFirst().stage(), target);
        recordPending(prices.subList(0, 1));
        return prices.get(1);
    }

    private void recordPending(List<EstimateTotals> prices) {
        for (int i = 0; i < prices.size(); i++) {
            record(pending.get(i).cause().given(stageTotals, prices.get(i)), prices.get(i));
        }
        pending.clear();
    }

    private void record(BridgeCause cause, EstimateTotals after) {
        Optional<BigDecimal> costBefore = Optional.ofNullable(cost(stageTotals));
        Optional<BigDecimal> costAfter = Optional.ofNullable(cost(after));
        Optional<BigDecimal> costChange = costBefore.flatMap(b -> costAfter.map(a -> a.subtract(b)));
        BigDecimal netChange = after.net().subtract(stageTotals.net());
        steps.add(new BridgeStep(cause, stageTotals.grandTotal(), after.grandTotal(),
                after.grandTotal().subtract(stageTotals.grandTotal()), netChange, costChange,
                costChange.map(netChange::subtract), reason(cause.subject())));
        stageTotals = after;
    }

    private Optional<String> reason(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return current.header().revision().changes().stream().filter(c -> c.concerns(subject))
                .map(RevisionChange::reason).findFirst();
    }

    private List<ComparisonWarning> warnings() {
        List<ComparisonWarning> out = new ArrayList<>();
        if (!match.hasIdsInCommon()) {
            out.add(ComparisonWarning.NO_IDS_IN_COMMON);
        }
        if (current.header().revision().number() <= previous.header().revision().number()) {
            out.add(ComparisonWarning.REVISION_NOT_HIGHER);
        }
        Set<String> previousIds = previous.allItems().map(LineItem::id).collect(Collectors.toSet());
        previous.risks().forEach(r -> previousIds.add(r.id()));
        previous.adjustments().forEach(a -> previousIds.add(a.id()));
        previous.rateCard().roles().forEach(r -> previousIds.add(r.id()));
        if (current.header().revision().changes().stream().flatMap(c -> c.removed().stream())
                .anyMatch(id -> !previousIds.contains(id))) {
            out.add(ComparisonWarning.REMOVED_ID_NOT_IN_PREVIOUS);
        }
        return out;
    }

    private static Optional<CostMovement> costMovement(EstimateTotals before, EstimateTotals after) {
        if (before.internal().isEmpty() || after.internal().isEmpty()) {
            return Optional.empty();
        }
        InternalTotals b = before.internal().get();
        InternalTotals a = after.internal().get();
        return Optional.of(new CostMovement(b.cost(), a.cost(), a.cost().subtract(b.cost()), b.margin(), a.margin(),
                a.margin().subtract(b.margin()), b.marginPercent(), a.marginPercent()));
    }

    /**
     * The price figures of stages of the walk ({@link EstimateCalculator#calculatePrice}): a step
     * reads only prices, cost and the priced quantities. Every stage is a variant of the previous
     * revision, so what a step left alone is not priced again; one series per thread.
     */
    private final EstimateCalculator.PriceSeries prices = EstimateCalculator.priceSeries();
    private final EstimateCalculator.PriceSeries otherPrices = EstimateCalculator.priceSeries();

    private EstimateTotals totals(Estimate estimate) {
        return prices.price(estimate);
    }

    /** The totals of {@code a} (priced on this thread) and {@code b} (on another), in that order. */
    private List<EstimateTotals> pricedInPairs(Estimate a, Estimate b) {
        CompletableFuture<EstimateTotals> other = Futures.onOwnThread("estimator-bridge", () -> otherPrices.price(b));
        EstimateTotals first = totals(a);
        return List.of(first, Futures.joined(other));
    }

    private static BigDecimal cost(EstimateTotals totals) {
        return totals.internal().map(InternalTotals::cost).orElse(null);
    }

    private List<ItemMatch> bothRevisions() {
        return match.items().stream().filter(m -> m.before() != null && m.after() != null).toList();
    }

    /** The working copy's item {@code id}, from an index rebuilt after each step (a lookup by scan is quadratic). */
    private LineItem stageItem(String id) {
        if (stageItems == null) {
            stageItems = new java.util.HashMap<>();
            stage.allItems().forEach(i -> stageItems.putIfAbsent(i.id(), i));
        }
        return java.util.Objects.requireNonNull(stageItems.get(id), id);
    }

    private static Estimate withItems(Estimate estimate, UnaryOperator<LineItem> change) {
        return estimate.withBreakdown(estimate.breakdown().stream().map(g -> g.mapItems(change)).toList());
    }

    /** {@code estimate} with the role {@code item} is priced from, taken from the current revision if it lacks it. */
    private Estimate withRoleOf(Estimate estimate, LineItem item) {
        if (item.role() == null || estimate.rateCard().role(item.role()).isPresent()) {
            return estimate;
        }
        List<Role> roles = new ArrayList<>(estimate.rateCard().roles());
        roles.add(current.rateCard().role(item.role()).orElseThrow());
        return estimate.withRateCard(new RateCard(estimate.rateCard().hoursPerDay(), roles));
    }

    private Estimate withItemAdded(Estimate estimate, String groupId, LineItem item) {
        if (estimate.allGroups().anyMatch(g -> g.id().equals(groupId))) {
            return estimate.withBreakdown(estimate.breakdown().stream().map(g -> g.withItemAdded(groupId, item)).toList());
        }
        Group group = RevisionMatch.groupsById(current).get(groupId);
        List<Group> breakdown = new ArrayList<>(estimate.breakdown());
        breakdown.add(new Group(groupId, group.title(), group.description(), List.of(item), List.of()));
        return estimate.withBreakdown(breakdown);
    }

    private Estimate withRisks(List<Risk> risks) {
        return rebuild(risks, stage.contingency(), stage.adjustments(), stage.tax());
    }

    private Estimate withAdjustments(List<Adjustment> adjustments) {
        return rebuild(stage.risks(), stage.contingency(), adjustments, stage.tax());
    }

    private Estimate rebuild(List<Risk> risks, Contingency contingency, List<Adjustment> adjustments, Tax tax) {
        Estimate s = stage;
        return new Estimate(s.header(), s.rateCard(), s.breakdown(), s.assumptions(), s.exclusions(), risks,
                contingency, adjustments, tax, s.milestones(), s.terms(), s.alternatives(), s.internal(), s.commercial(),
                s.schedule(), s.simulation(), s.history());
    }

    private static boolean simulated(Contingency contingency) {
        return contingency != null && contingency.method() == ContingencyMethod.SIMULATION;
    }

    /** Whether the risks feed the contingency: risk-based, or simulated (the risks are part of the simulation). */
    private static boolean riskBased(Contingency contingency) {
        return contingency != null && (contingency.method() == ContingencyMethod.RISK_BASED
                || contingency.method() == ContingencyMethod.SIMULATION);
    }

    private static boolean sameExposure(Risk a, Risk b) {
        return same(a.probability(), b.probability()) && same(a.impact().low(), b.impact().low())
                && same(a.impact().high(), b.impact().high()) && a.coveredBy().equals(b.coveredBy());
    }

    private static boolean samePricing(Role a, Role b) {
        return same(a.rate(), b.rate()) && same(a.cost(), b.cost()) && a.per() == b.per();
    }

    private static boolean samePricing(Contingency a, Contingency b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.method() == b.method() && same(a.percent(), b.percent()) && same(a.amount(), b.amount())
                && Objects.equals(a.confidence(), b.confidence());
    }

    private static boolean samePricing(Adjustment a, Adjustment b) {
        return a.kind() == b.kind() && same(a.percent(), b.percent()) && same(a.amount(), b.amount());
    }

    private static boolean sameQuantity(Quantity a, Quantity b) {
        return switch (a) {
            case Quantity.Fixed fa -> b instanceof Quantity.Fixed fb && same(fa.value(), fb.value());
            case Quantity.ThreePoint ta -> b instanceof Quantity.ThreePoint tb && same(ta.optimistic(), tb.optimistic())
                    && same(ta.mostLikely(), tb.mostLikely()) && same(ta.pessimistic(), tb.pessimistic());
        };
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
