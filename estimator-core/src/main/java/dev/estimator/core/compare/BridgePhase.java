package dev.estimator.core.compare;

/**
 * The order in which the revision bridge attributes a change in price. Each phase is applied on
 * top of the previous ones, so a later phase is priced with the earlier changes in place: a new
 * item is added at the previous revision's rates, and a rate change is then priced over the
 * current scope and quantities.
 */
public enum BridgePhase {
    /** Items removed, then items added. */
    SCOPE,
    /** Quantities (and units) of items both revisions have. */
    QUANTITY,
    /** Role rates, hours per day, and items priced from another role. */
    RATE,
    /** Unit prices (and unit costs) of items priced per unit. */
    UNIT_PRICE,
    /** Items that became optional or no longer are (no effect on the total: optional items are included). */
    OPTIONAL,
    /** Risks (when the contingency is risk-based), then the contingency itself. */
    CONTINGENCY,
    /** Discounts and surcharges removed, changed, reordered, then added. */
    ADJUSTMENT,
    /** The tax rate. */
    TAX,
    /** Anything else that moves the price; none is expected, kept so the steps always add up. */
    OTHER
}
