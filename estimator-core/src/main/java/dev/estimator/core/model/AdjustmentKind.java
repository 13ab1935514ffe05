package dev.estimator.core.model;

/** Whether an adjustment lowers or raises the price. */
public enum AdjustmentKind implements Named { DISCOUNT, SURCHARGE }
