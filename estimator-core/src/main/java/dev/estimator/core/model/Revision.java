package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Which revision this is and what changed since the previous one, and why.
 *
 * @param note    what changed since the previous revision, in words
 * @param changes the reason for each change, by the ids it concerns; shown next to the matching
 *                step of the revision bridge
 * @param accepted the client's acceptance of this revision's selection, or {@code null} while not accepted
 */
public record Revision(@Min(value = 1, message = "revisions are numbered from 1") int number, String note,
                       List<@Valid RevisionChange> changes, @Valid ClientAcceptance accepted) {

    public Revision {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A revision not accepted yet. */
    public Revision(int number, String note, List<RevisionChange> changes) {
        this(number, note, changes, null);
    }

    /** A revision with a note and no reasons per change. */
    public Revision(int number, String note) {
        this(number, note, List.of());
    }

    /** This revision, accepted by the client as {@code acceptance} says. */
    public Revision withAccepted(ClientAcceptance acceptance) {
        return new Revision(number, note, changes, acceptance);
    }

    /** The first revision, with no note. */
    public static Revision first() {
        return new Revision(1, null);
    }
}
