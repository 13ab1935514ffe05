package dev.estimator.core.model;

/** How sure the estimator is of a figure. */
public enum Confidence implements Named { LOW, MEDIUM, HIGH }
