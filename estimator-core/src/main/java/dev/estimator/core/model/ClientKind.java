package dev.estimator.core.model;

/** The relation between provider and client; the process is the same for each. */
public enum ClientKind implements Named { INTERNAL, EXTERNAL, THIRD_PARTY }
