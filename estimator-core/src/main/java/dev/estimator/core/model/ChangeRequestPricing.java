package dev.estimator.core.model;

/** How work outside the agreed scope is priced. */
public enum ChangeRequestPricing implements Named {
    /** At the rate card's rates, for the effort actually spent. */
    RATE_CARD,
    /** A fixed price quoted for each request before its work starts. */
    FIXED_QUOTE
}
