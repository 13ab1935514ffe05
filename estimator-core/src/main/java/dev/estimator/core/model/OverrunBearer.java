package dev.estimator.core.model;

/** Who pays for an overrun: derived from the {@link PricingModel}, phrased by the documents. */
public enum OverrunBearer implements Named {
    /** The provider, except where an assumption the client owns fails (that is priced separately). */
    PROVIDER,
    /** The client, who pays the actual effort. */
    CLIENT,
    /** The client up to the cap, the provider beyond it. */
    CLIENT_UP_TO_CAP
}
