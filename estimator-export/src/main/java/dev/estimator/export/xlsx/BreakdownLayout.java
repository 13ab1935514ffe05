package dev.estimator.export.xlsx;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything sits on the Breakdown sheet, planned before any cell is written so that the
 * other sheets can refer to item amounts and group subtotals. Each group takes a heading row, its
 * one-time items, its recurring items, its subgroups and a subtotal row; columns depend on whether any quantity is a range and
 * on the audience.
 */
final class BreakdownLayout {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;

    /** A group's rows; {@code depth} 0 for a top-level group. */
    record GroupRows(Group group, String path, int depth, int heading, int subtotal, int firstItem, int lastItem,
                     List<GroupRows> subgroups) {
    }

    final int id = 0;
    final int title = 1;
    final int description = 2;
    final int category = 3;
    final int optional = 4;
    final int optimistic = 5;
    final int mostLikely = 6;
    final int pessimistic = 7;
    final int quantity = 8;
    final int unit = 9;
    final int rate = 10;
    final int amount = 11;
    final int basis = 12;
    final int confidence = 13;
    final int justification = 14;
    final int assumptions = 15;
    final int risks = 16;
    /** Internal only, else -1. */
    final int costRate;
    final int cost;
    /** The last column worth printing; the ones after serve filtering and the range's formulas. */
    final int lastPrinted;
    /** The group path of each row, for filtering (the printout shows groups by their heading rows). */
    final int groupPath;
    /** Present when some quantity is a range, else -1. */
    final int optimisticAmount;
    final int pessimisticAmount;
    final int standardDeviation;
    final int lastColumn;

    private final Map<String, Integer> itemRows = new HashMap<>();
    /** Each baseline item by id: {@code Estimate.item} walks the whole tree per call. */
    private final Map<String, LineItem> itemsById = new HashMap<>();
    private final List<GroupRows> topGroups = new ArrayList<>();
    private final Map<String, GroupRows> groupsById = new HashMap<>();
    private int nextRow = FIRST_ROW;

    BreakdownLayout(Estimate estimate, boolean internal) {
        int next = risks + 1;
        costRate = internal ? next++ : -1;
        cost = internal ? next++ : -1;
        lastPrinted = next - 1;
        groupPath = next++;
        boolean spread = estimate.allItems().anyMatch(i -> i.quantity() instanceof Quantity.ThreePoint);
        optimisticAmount = spread ? next++ : -1;
        pessimisticAmount = spread ? next++ : -1;
        standardDeviation = spread ? next++ : -1;
        lastColumn = next - 1;
        for (Group group : estimate.breakdown()) {
            topGroups.add(plan(group, "", 0));
        }
    }

    private GroupRows plan(Group group, String parentPath, int depth) {
        String path = parentPath.isEmpty() ? group.title() : parentPath + " \u203A " + group.title();
        int heading = nextRow++;
        int firstItem = nextRow;
        for (LineItem item : group.items()) {
            itemsById.putIfAbsent(item.id(), item);
            if (!item.isRecurring()) {
                itemRows.put(item.id(), nextRow++);
            }
        }
        int lastItem = nextRow - 1;
        // Recurring items below the one-time ones, outside the range the subtotal sums: each is a
        // charge per period, kept out of the one-time price (the Recurring sheet prices them).
        for (LineItem item : group.items()) {
            if (item.isRecurring()) {
                itemRows.put(item.id(), nextRow++);
            }
        }
        List<GroupRows> subgroups = new ArrayList<>();
        for (Group subgroup : group.groups()) {
            subgroups.add(plan(subgroup, path, depth + 1));
        }
        GroupRows rows = new GroupRows(group, path, depth, heading, nextRow++, firstItem, lastItem, subgroups);
        groupsById.put(group.id(), rows);
        return rows;
    }

    boolean hasSpread() {
        return optimisticAmount >= 0;
    }

    boolean internal() {
        return cost >= 0;
    }

    List<GroupRows> topGroups() {
        return topGroups;
    }

    GroupRows group(String id) {
        return groupsById.get(id);
    }

    /** The baseline item with {@code id}, or null. */
    LineItem item(String itemId) {
        return itemsById.get(itemId);
    }

    /** The row of a baseline item, or -1. */
    int itemRow(String itemId) {
        return itemRows.getOrDefault(itemId, -1);
    }

    /** The last row of the sheet's data (at least the header row). */
    int lastRow() {
        return nextRow - 1;
    }
}
