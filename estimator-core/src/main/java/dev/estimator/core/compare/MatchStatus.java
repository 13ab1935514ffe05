package dev.estimator.core.compare;

/** How a part of the estimate moved from the previous revision to the current one. */
public enum MatchStatus { ADDED, REMOVED, CHANGED, UNCHANGED }
