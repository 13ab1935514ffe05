package dev.estimator.core.calc;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies an alternative's change-set to the baseline, giving the estimate the alternative
 * describes. An alternative {@code basedOn} another is applied on top of that one.
 */
public final class AlternativeApplier {

    private AlternativeApplier() {
    }

    /**
     * The estimate as {@code alternative} changes it, with no alternatives of its own.
     *
     * @throws IllegalArgumentException when a change names an item, group or role that does not
     *                                  exist, or {@code basedOn} forms a cycle (the validator reports
     *                                  these as problems in the file first)
     */
    public static Estimate apply(Estimate baseline, Alternative alternative) {
        List<Alternative> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Alternative current = alternative; current != null; ) {
            if (!seen.add(current.id())) {
                throw new IllegalArgumentException("alternative " + alternative.id() + " is based on itself");
            }
            chain.addFirst(current);
            String basedOn = current.basedOn();
            current = basedOn == null ? null : baseline.alternative(basedOn).orElseThrow(
                    () -> new IllegalArgumentException("no alternative with id " + basedOn));
        }
        Estimate result = baseline.withAlternatives(List.of());
        Set<Group> untouched = untouched(baseline, chain);
        for (Alternative step : chain) {
            for (Change change : step.changes()) {
                result = apply(result, change, untouched);
            }
        }
        return result;
    }

    /**
     * The baseline's top-level groups (by instance) that hold none of the items the changes name:
     * the changes leave them as they are, so they are not searched once per change. A group with
     * 100,000 items was searched for every change of every alternative.
     */
    private static Set<Group> untouched(Estimate baseline, List<Alternative> chain) {
        Set<String> named = new HashSet<>();
        for (Alternative step : chain) {
            for (Change change : step.changes()) {
                switch (change) {
                    case Change.Drop drop -> named.add(drop.item());
                    case Change.Swap swap -> named.add(swap.item());
                    case Change.ChangeQuantity q -> named.add(q.item());
                    case Change.ChangeUnitPrice p -> named.add(p.item());
                    case Change.ChangeRate r -> { }
                    case Change.Add add -> { }
                }
            }
        }
        Set<Group> untouched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Group group : baseline.breakdown()) {
            if (group.allItems().noneMatch(item -> named.contains(item.id()))) {
                untouched.add(group);
            }
        }
        return untouched;
    }

    static Estimate apply(Estimate estimate, Change change) {
        return apply(estimate, change, Set.of());
    }

    /** {@code change} applied to {@code estimate}, whose top-level groups in {@code untouched} hold no item it names. */
    private static Estimate apply(Estimate estimate, Change change, Set<Group> untouched) {
        return switch (change) {
            case Change.Drop drop ->
                    mapItems(estimate, requireItem(estimate, drop.item(), untouched), item -> null, untouched);
            case Change.Swap swap ->
                    mapItems(estimate, requireItem(estimate, swap.item(), untouched), item -> swap.newItem(), untouched);
            case Change.ChangeQuantity q -> mapItems(estimate, requireItem(estimate, q.item(), untouched),
                    item -> item.withQuantity(q.quantity()), untouched);
            case Change.ChangeUnitPrice p -> mapItems(estimate, requireItem(estimate, p.item(), untouched),
                    item -> item.withUnitPrice(p.unitPrice()), untouched);
            case Change.ChangeRate r -> {
                if (estimate.rateCard().role(r.role()).isEmpty()) {
                    throw new IllegalArgumentException("no role with id " + r.role());
                }
                List<Role> roles = estimate.rateCard().roles().stream()
                        .map(role -> !role.id().equals(r.role()) ? role
                                : r.cost() == null ? role.withRate(r.rate()) : role.withRate(r.rate()).withCost(r.cost()))
                        .toList();
                yield estimate.withRateCard(new RateCard(estimate.rateCard().hoursPerDay(), roles));
            }
            case Change.Add add -> {
                if (estimate.allGroups().noneMatch(g -> g.id().equals(add.group()))) {
                    throw new IllegalArgumentException("no group with id " + add.group());
                }
                yield estimate.withBreakdown(
                        estimate.breakdown().stream().map(g -> g.withItemAdded(add.group(), add.newItem())).toList());
            }
        };
    }

    private static String requireItem(Estimate estimate, String id, Set<Group> untouched) {
        if (estimate.breakdown().stream().filter(g -> !untouched.contains(g))
                .flatMap(Group::allItems).noneMatch(item -> id.equals(item.id()))) {
            throw new IllegalArgumentException("no line item with id " + id);
        }
        return id;
    }

    private static Estimate mapItems(Estimate estimate, String id, java.util.function.UnaryOperator<LineItem> change,
                                     Set<Group> untouched) {
        List<Group> groups = estimate.breakdown().stream()
                .map(g -> untouched.contains(g) ? g : mapItems(g, id, change)).toList();
        return estimate.withBreakdown(groups);
    }

    /**
     * {@code group} with the item {@code id} changed; the same instance where no item of it (at any
     * depth) has that id, so that the calculator knows it priced that group already.
     */
    private static Group mapItems(Group group, String id, java.util.function.UnaryOperator<LineItem> change) {
        if (group.allItems().noneMatch(item -> id.equals(item.id()))) {
            return group;
        }
        return group.mapItems(item -> item.id().equals(id) ? change.apply(item) : item);
    }
}
