package dev.estimator.core.compare;

import java.util.Objects;

/**
 * One part of the estimate in the previous and the current revision, paired by id.
 *
 * @param before the part in the previous revision, or {@code null} when it was added
 * @param after  the part in the current revision, or {@code null} when it was removed
 */
public record Matched<T>(String id, T before, T after) {

    public MatchStatus status() {
        if (before == null) {
            return after == null ? MatchStatus.UNCHANGED : MatchStatus.ADDED;
        }
        if (after == null) {
            return MatchStatus.REMOVED;
        }
        return Objects.equals(before, after) ? MatchStatus.UNCHANGED : MatchStatus.CHANGED;
    }

    /** Whether both revisions have it. */
    public boolean inBoth() {
        return before != null && after != null;
    }
}
