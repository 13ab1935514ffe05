package dev.estimator.core.calc;

import dev.estimator.core.model.CalendarRule;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting days under a {@link CalendarRule}: Monday to Friday, or every day. */
final class CalendarArithmetic {

    private CalendarArithmetic() {
    }

    /**
     * The day {@code days} counted days after {@code from} (before it when negative). Under
     * working days {@code from} should itself be a working day; a weekend start counts from the
     * Friday before.
     */
    static LocalDate plus(CalendarRule rule, LocalDate from, long days) {
        return switch (rule) {
            case CALENDAR_DAYS -> from.plusDays(days);
            case WORKING_DAYS -> plusWorkingDays(from, days);
        };
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate plusWorkingDays(LocalDate from, long days) {
        LocalDate day = from;
        int step = days < 0 ? -1 : 1;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        long left = Math.abs(days);
        // Whole weeks at once, so a long duration costs no more than a short one.
        day = day.plusWeeks(step * (left / 5));
        left %= 5;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
