package dev.estimator.core.compare;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The parts of two revisions paired by id: in the current revision's order, then what only the
 * previous one had, in its order. Milestones have no id and pair by name; the contingency and the
 * tax pair as the one of each revision.
 */
public record RevisionMatch(
        List<ItemMatch> items,
        List<Matched<Role>> roles,
        List<Matched<Assumption>> assumptions,
        List<Matched<Risk>> risks,
        List<Matched<Adjustment>> adjustments,
        Matched<Contingency> contingency,
        Matched<Tax> tax,
        List<Matched<Milestone>> milestones,
        List<Matched<Alternative>> alternatives) {

    public RevisionMatch {
        items = List.copyOf(items);
        roles = List.copyOf(roles);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
        adjustments = List.copyOf(adjustments);
        milestones = List.copyOf(milestones);
        alternatives = List.copyOf(alternatives);
    }

    /** Pairs the parts of {@code previous} and {@code current}. */
    public static RevisionMatch of(Estimate previous, Estimate current) {
        Preconditions.checkNotNull(previous, "previous");
        Preconditions.checkNotNull(current, "current");
        Map<String, String> groupsBefore = groupOfEachItem(previous);
        Map<String, String> groupsAfter = groupOfEachItem(current);
        List<ItemMatch> items = pair(previous.allItems().toList(), current.allItems().toList(), LineItem::id).stream()
                .map(m -> new ItemMatch(m.id(), m.before(), groupsBefore.get(m.id()), m.after(), groupsAfter.get(m.id())))
                .toList();
        return new RevisionMatch(items,
                pair(previous.rateCard().roles(), current.rateCard().roles(), Role::id),
                pair(previous.assumptions(), current.assumptions(), Assumption::id),
                pair(previous.risks(), current.risks(), Risk::id),
                pair(previous.adjustments(), current.adjustments(), Adjustment::id),
                new Matched<>("contingency", previous.contingency(), current.contingency()),
                new Matched<>("tax", previous.tax(), current.tax()),
                pair(previous.milestones(), current.milestones(), Milestone::name),
                pair(previous.alternatives(), current.alternatives(), Alternative::id));
    }

    /**
     * Whether the revisions share any id of an item, assumption, risk, adjustment or alternative;
     * when they share none they are probably not two revisions of one estimate.
     */
    public boolean hasIdsInCommon() {
        return Stream.of(items.stream().map(m -> new Matched<>(m.id(), m.before(), m.after())), assumptions.stream(),
                        risks.stream(), adjustments.stream(), alternatives.stream())
                .flatMap(s -> s.map(m -> (Matched<?>) m))
                .anyMatch(Matched::inBoth);
    }

    /** The pairing of one item by id, if either revision has it. */
    public java.util.Optional<ItemMatch> item(String id) {
        return items.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static <T> List<Matched<T>> pair(List<T> before, List<T> after, Function<T, String> id) {
        Map<String, T> earlier = new LinkedHashMap<>();
        before.forEach(b -> earlier.putIfAbsent(id.apply(b), b));
        List<Matched<T>> out = new ArrayList<>();
        Map<String, T> later = new LinkedHashMap<>();
        after.forEach(a -> later.putIfAbsent(id.apply(a), a));
        later.forEach((key, a) -> out.add(new Matched<>(key, earlier.get(key), a)));
        earlier.forEach((key, b) -> {
            if (!later.containsKey(key)) {
                out.add(new Matched<>(key, b, null));
            }
        });
        return out;
    }

    private static Map<String, String> groupOfEachItem(Estimate estimate) {
        Map<String, String> out = new LinkedHashMap<>();
        estimate.allGroups().forEach(g -> g.items().forEach(i -> out.put(i.id(), g.id())));
        return out;
    }

    static Map<String, Group> groupsById(Estimate estimate) {
        Map<String, Group> out = new LinkedHashMap<>();
        estimate.allGroups().forEach(g -> out.putIfAbsent(g.id(), g));
        return out;
    }
}
