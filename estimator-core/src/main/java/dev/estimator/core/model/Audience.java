package dev.estimator.core.model;

/** Who a document is addressed to. */
public enum Audience {
    /** What the client may see: prices, reasoning, alternatives. Nothing marked {@link Internal}. */
    CLIENT,
    /** The provider's own view: adds cost, margin and the negotiation figures. */
    INTERNAL
}
