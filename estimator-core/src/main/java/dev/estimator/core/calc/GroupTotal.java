package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/** A group's subtotal: the sum of its items' amounts and its subgroups' subtotals. */
public record GroupTotal(String groupId, String title, int depth, BigDecimal amount, List<ItemTotal> items,
                         List<GroupTotal> groups) {

    public GroupTotal {
        items = List.copyOf(items);
        groups = List.copyOf(groups);
    }
}
