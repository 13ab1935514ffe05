package dev.estimator.core.model;

import jakarta.validation.constraints.Min;

/** Which revision this is and what changed since the previous one, and why. */
public record Revision(@Min(value = 1, message = "revisions are numbered from 1") int number, String note) {

    /** The first revision, with no note. */
    public static Revision first() {
        return new Revision(1, null);
    }
}
