package dev.estimator.core.model;

/** The period a role's rate is quoted for. */
public enum RatePeriod implements Named { HOUR, DAY }
