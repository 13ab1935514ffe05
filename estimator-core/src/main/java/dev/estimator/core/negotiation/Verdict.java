package dev.estimator.core.negotiation;

/** What to do with a counter-offer. */
public enum Verdict {
    /** At or above the target (or the quote, when no target is stated) and within the largest discount allowed. */
    ACCEPT,
    /** Not below walk-away, but under the target or beyond the largest discount: propose something in exchange. */
    COUNTER,
    /** Below the walk-away price (or, when none is stated, below cost). */
    DECLINE
}
