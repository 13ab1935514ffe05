package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * When the work happens: a start date, a calendar rule, and the top-level groups as phases in
 * sequence or overlapping. The calculator turns it into dates ({@code ProjectSchedule}).
 *
 * @param phases   in the order they are listed; a phase follows the one before it unless it says otherwise
 * @param holidays days that are not worked under {@link CalendarRule#WORKING_DAYS}, besides weekends
 */
public record Schedule(
        @NotNull(message = "give the start date, written as YYYY-MM-DD") LocalDate start,
        @NotNull(message = "state the calendar rule: working-days (Monday to Friday) or calendar-days")
        CalendarRule calendar,
        List<@Valid Phase> phases,
        List<LocalDate> holidays) {

    public Schedule {
        phases = phases == null ? List.of() : List.copyOf(phases);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** A schedule without holidays. */
    public Schedule(LocalDate start, CalendarRule calendar, List<Phase> phases) {
        this(start, calendar, phases, null);
    }
}
