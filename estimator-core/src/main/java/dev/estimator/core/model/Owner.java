package dev.estimator.core.model;

/** Who is responsible for an assumption holding. */
public enum Owner implements Named { CLIENT, PROVIDER }
