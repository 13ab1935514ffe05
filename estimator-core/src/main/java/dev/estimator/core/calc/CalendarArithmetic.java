package dev.estimator.core.calc;

import dev.estimator.core.model.CalendarRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting days under a {@link CalendarRule}: Monday to Friday less holidays, or every day. */
final class CalendarArithmetic {

    private final CalendarRule rule;
    private final Set<LocalDate> holidays;

    CalendarArithmetic(CalendarRule rule, Set<LocalDate> holidays) {
        this.rule = rule;
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * The day {@code days} counted days after {@code from} (before it when negative). Under
     * working days {@code from} should itself be a working day; a day off counts from the working
     * day before it.
     */
    LocalDate plus(LocalDate from, long days) {
        return switch (rule) {
            case CALENDAR_DAYS -> from.plusDays(days);
            case WORKING_DAYS -> plusWorkingDays(from, days);
        };
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    private LocalDate plusWorkingDays(LocalDate from, long days) {
        LocalDate day = from;
        int step = days < 0 ? -1 : 1;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        long left = Math.abs(days);
        if (holidays.isEmpty()) {
            // Whole weeks at once, so a long duration costs no more than a short one.
            day = day.plusWeeks(step * (left / 5));
            left %= 5;
        }
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
