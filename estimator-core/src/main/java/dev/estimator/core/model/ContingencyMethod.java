package dev.estimator.core.model;

/** How the contingency figure is set. */
public enum ContingencyMethod implements Named {
    /** A percentage of the subtotal. */
    PERCENT,
    /** A stated amount. */
    AMOUNT,
    /** The sum of each risk's probability times the midpoint of its cost impact. */
    RISK_BASED,
    /**
     * What it takes to reach a stated confidence: the simulated price at that percentile less the
     * base price (never below zero).
     */
    SIMULATION
}
