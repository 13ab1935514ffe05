package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A phase or work package: line items and nested groups. */
public record Group(
        @NotBlank(message = "every group needs an id") String id,
        @NotBlank(message = "every group needs a title") String title,
        String description,
        List<@Valid LineItem> items,
        List<@Valid Group> groups) {

    public Group {
        items = items == null ? List.of() : List.copyOf(items);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Every line item in this group and its subgroups, depth first, items before subgroups. */
    public Stream<LineItem> allItems() {
        return Stream.concat(items.stream(), groups.stream().flatMap(Group::allItems));
    }

    /** Every group from this one down, depth first. */
    public Stream<Group> allGroups() {
        return Stream.concat(Stream.of(this), groups.stream().flatMap(Group::allGroups));
    }

    /**
     * A copy whose items (at every depth) are replaced by {@code change}; a null result drops the item.
     * When {@code change} gives every item back as it is, this group itself.
     */
    public Group mapItems(UnaryOperator<LineItem> change) {
        List<LineItem> newItems = new ArrayList<>(items.size());
        boolean same = true;
        for (LineItem item : items) {
            LineItem changed = change.apply(item);
            if (changed != null) {
                newItems.add(changed);
            }
            same &= changed == item;
        }
        List<Group> newGroups = new ArrayList<>(groups.size());
        for (Group group : groups) {
            Group changed = group.mapItems(change);
            newGroups.add(changed);
            same &= changed == group;
        }
        // Nothing changed: the same instance, so that what was worked out for it (its pricing, an
        // equality check against it) still holds without going through its items again.
        return same ? this : new Group(id, title, description, newItems, newGroups);
    }

    /**
     * A copy with {@code item} appended to the group with id {@code groupId}, wherever it nests;
     * this group itself when that group is not in it.
     */
    public Group withItemAdded(String groupId, LineItem item) {
        if (allGroups().noneMatch(g -> g.id() != null && g.id().equals(groupId))) {
            return this; // the same instance: a calculator that priced this group knows it has not changed
        }
        List<LineItem> newItems = items;
        if (id != null && id.equals(groupId)) {
            newItems = new ArrayList<>(items);
            newItems.add(item);
        }
        return new Group(id, title, description, newItems,
                groups.stream().map(g -> g.withItemAdded(groupId, item)).toList());
    }
}
