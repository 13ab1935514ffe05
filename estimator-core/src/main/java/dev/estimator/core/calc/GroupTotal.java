package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group's subtotal: the sum of its items' amounts and its subgroups' subtotals.
 *
 * @param cost the sum of its items' and subgroups' internal costs, or {@code null} when any of
 *             them has no known cost
 */
public record GroupTotal(String groupId, String title, int depth, BigDecimal amount, BigDecimal cost,
                         List<ItemTotal> items,
                         List<GroupTotal> groups) {

    public GroupTotal {
        items = List.copyOf(items);
        groups = List.copyOf(groups);
    }
}
