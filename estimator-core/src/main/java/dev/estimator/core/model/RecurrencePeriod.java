package dev.estimator.core.model;

/** How often a recurring charge falls due. */
public enum RecurrencePeriod implements Named {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    RecurrencePeriod(int months) {
        this.months = months;
    }

    /** The period's length in months: 1, 3 or 12. */
    public int months() {
        return months;
    }
}
