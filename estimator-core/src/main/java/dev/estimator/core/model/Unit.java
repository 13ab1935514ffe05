package dev.estimator.core.model;

/**
 * The unit a quantity is counted in. {@link #CUSTOM} stands for a unit the item names itself
 * ({@link LineItem#customUnit()}); it is never written as a word in a file.
 */
public enum Unit implements Named {
    HOURS, DAYS, WEEKS, MONTHS, YEARS, PIECES, USERS, LICENCES, TRIPS, LUMP_SUM, CUSTOM;

    @Override
    public boolean writable() {
        return this != CUSTOM;
    }

    /** Whether labour can be priced in this unit from a role's hourly or daily rate. */
    public boolean isTime() {
        return this == HOURS || this == DAYS;
    }
}
