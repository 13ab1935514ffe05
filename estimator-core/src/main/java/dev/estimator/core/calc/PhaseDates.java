package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One phase (a top-level group) placed in the calendar.
 *
 * @param start      its first day
 * @param end        its last day (inclusive)
 * @param duration   in days of the schedule's calendar rule
 * @param effortDays the group's labour effort in person-days (2 decimals) when the duration is derived
 *                   from it; {@code null} when the duration is stated
 * @param teamSize   the team size the duration is derived with; {@code null} when stated
 * @param after      the phase (group id) it follows; {@code null} for one that starts with the project
 * @param overlap    days it starts before the phase it follows ends; 0 in sequence
 */
public record PhaseDates(String groupId, String title, LocalDate start, LocalDate end, int duration,
                         BigDecimal effortDays, BigDecimal teamSize, String after, int overlap) {

    /** Whether the duration was derived from effort and team size rather than stated. */
    public boolean derived() {
        return effortDays != null;
    }
}
