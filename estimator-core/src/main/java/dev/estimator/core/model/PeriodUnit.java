package dev.estimator.core.model;

/** The unit of a contractual period (a warranty, an acceptance window). */
public enum PeriodUnit implements Named { DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS }
