package dev.estimator.core.model;

/** How a figure was obtained. */
public enum Basis implements Named {
    HISTORICAL_DATA, VENDOR_QUOTE, PARAMETRIC, EXPERT_JUDGMENT, BENCHMARK
}
