package dev.estimator.core.model;

/** Which days a schedule counts. */
public enum CalendarRule implements Named {
    /** Monday to Friday; Saturdays and Sundays are skipped. */
    WORKING_DAYS,
    /** Every day of the calendar. */
    CALENDAR_DAYS
}
