package dev.estimator.core.calc;

import dev.estimator.core.model.CalendarRule;
import java.time.LocalDate;
import java.util.List;

/**
 * The schedule in dates: each phase's first and last day, and each payment's date and amount.
 *
 * @param start    the project's first day (the schedule's start date)
 * @param end      the last day of the last phase to finish
 * @param phases   in the order the schedule lists them
 * @param payments one per payment milestone, in order
 */
public record ProjectSchedule(CalendarRule calendar, LocalDate start, LocalDate end, List<PhaseDates> phases,
                              List<ScheduledPayment> payments) {

    public ProjectSchedule {
        phases = List.copyOf(phases);
        payments = List.copyOf(payments);
    }

    /** The phase of the top-level group {@code groupId}. */
    public java.util.Optional<PhaseDates> phase(String groupId) {
        return phases.stream().filter(p -> p.groupId().equals(groupId)).findFirst();
    }
}
