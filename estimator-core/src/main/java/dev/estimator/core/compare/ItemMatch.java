package dev.estimator.core.compare;

import dev.estimator.core.model.LineItem;
import java.util.Objects;

/**
 * One line item in the previous and the current revision, paired by id, with the group it sits
 * in (the innermost one) in each, and whether it was added, removed, changed or left as it was
 * (worked out once: comparing two items compares their whole justification).
 */
public record ItemMatch(String id, LineItem before, String groupBefore, LineItem after, String groupAfter,
                        MatchStatus status) {

    ItemMatch(String id, LineItem before, String groupBefore, LineItem after, String groupAfter) {
        this(id, before, groupBefore, after, groupAfter, new Matched<>(id, before, after).status());
    }

    /** Whether the item kept its id but changed its title. */
    public boolean renamed() {
        return before != null && after != null && !Objects.equals(before.title(), after.title());
    }

    /** Whether the item kept its id but moved to another group. */
    public boolean moved() {
        return before != null && after != null && !Objects.equals(groupBefore, groupAfter);
    }
}
