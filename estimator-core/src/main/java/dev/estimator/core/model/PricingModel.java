package dev.estimator.core.model;

/**
 * How the price is agreed; it answers "who bears an overrun?" ({@link #overrunBearer()}).
 */
public enum PricingModel implements Named {
    /** One price for the whole scope (請負契約 in Japan): an overrun is the provider's. */
    FIXED_PRICE,
    /** The client pays the actual effort at the rate card's rates (準委任契約 in Japan). */
    TIME_AND_MATERIALS,
    /** Time and materials up to a stated cap; beyond the cap the provider carries the cost. */
    CAPPED_TIME_AND_MATERIALS,
    /** A fixed price for each payment milestone's part of the work. */
    FIXED_PRICE_PER_MILESTONE;

    /** Who pays when the work costs more than estimated, under this model. */
    public OverrunBearer overrunBearer() {
        return switch (this) {
            case FIXED_PRICE, FIXED_PRICE_PER_MILESTONE -> OverrunBearer.PROVIDER;
            case TIME_AND_MATERIALS -> OverrunBearer.CLIENT;
            case CAPPED_TIME_AND_MATERIALS -> OverrunBearer.CLIENT_UP_TO_CAP;
        };
    }
}
