package dev.estimator.core.model;

/** Which part of the price an adjustment applies to. */
public enum AdjustmentScope implements Named {
    /** The one-time price (the default: the only part before recurring charges existed). */
    ONE_TIME,
    /** Each recurring charge, per period. */
    RECURRING,
    /** Both. */
    BOTH;

    public boolean oneTime() {
        return this != RECURRING;
    }

    public boolean recurring() {
        return this != ONE_TIME;
    }
}
