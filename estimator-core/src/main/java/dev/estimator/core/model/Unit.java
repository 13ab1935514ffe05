package dev.estimator.core.model;

/** The unit a quantity is counted in. */
public enum Unit implements Named {
    HOURS, DAYS, WEEKS, MONTHS, YEARS, PIECES, USERS, LICENCES, TRIPS, LUMP_SUM;

    /** Whether labour can be priced in this unit from a role's hourly or daily rate. */
    public boolean isTime() {
        return this == HOURS || this == DAYS;
    }
}
