package dev.estimator.core.calc;

import dev.estimator.core.model.CalendarRule;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Phase;
import dev.estimator.core.model.Schedule;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the phases of a {@link Schedule} in the calendar and dates the payment milestones.
 *
 * <p>A phase starts on the schedule's start date (the first) or when the phase it follows ends:
 * {@code start = follows.start + (follows.duration − overlap)} counted days; it ends
 * {@code duration − 1} counted days after its start. A derived duration is the group's labour
 * effort in person-days (hours ÷ hours per day, 2 decimals) divided by the team size, rounded up;
 * under calendar days it is stretched by 7/5 (rounded up) for the weekends; at least one day.
 */
final class ScheduleCalculator {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private ScheduleCalculator() {
    }

    static Optional<ProjectSchedule> schedule(Estimate estimate, Map<String, ItemTotal> items,
                                              List<MilestoneAmount> milestones) {
        Schedule schedule = estimate.schedule();
        if (schedule == null || schedule.start() == null || schedule.calendar() == null) {
            return Optional.empty();
        }
        CalendarRule rule = schedule.calendar();
        CalendarArithmetic calendar = new CalendarArithmetic(rule, java.util.Set.copyOf(schedule.holidays()));
        Map<String, PhaseDates> placed = new LinkedHashMap<>();
        PhaseDates previous = null;
        for (Phase phase : schedule.phases()) {
            Group group = estimate.breakdown().stream().filter(g -> g.id().equals(phase.group())).findFirst().orElse(null);
            if (group == null) {
                continue;
            }
            BigDecimal effort = phase.duration() == null ? effortDays(estimate, group, items) : null;
            int duration = phase.duration() != null ? phase.duration() : derivedDuration(rule, effort, phase.teamSize());
            PhaseDates follows = phase.after() != null && placed.containsKey(phase.after())
                    ? placed.get(phase.after()) : previous;
            int overlap = follows == null ? 0 : phase.effectiveOverlap();
            LocalDate start = follows == null ? schedule.start()
                    : calendar.plus(follows.start(), (long) follows.duration() - overlap);
            LocalDate end = calendar.plus(start, duration - 1L);
            PhaseDates dates = new PhaseDates(group.id(), group.title(), start, end, duration, effort,
                    effort == null ? null : phase.teamSize(), follows == null ? null : follows.groupId(), overlap);
            placed.put(group.id(), dates);
            previous = dates;
        }
        LocalDate end = placed.values().stream().map(PhaseDates::end).max(LocalDate::compareTo).orElse(schedule.start());
        Integer paymentDays = estimate.commercial() == null ? null : estimate.commercial().paymentDays();
        List<ScheduledPayment> payments = new ArrayList<>();
        for (MilestoneAmount payment : milestones) {
            LocalDate due = due(payment.milestone(), placed);
            payments.add(new ScheduledPayment(payment, due,
                    due == null || paymentDays == null ? null : due.plusDays(paymentDays)));
        }
        return Optional.of(new ProjectSchedule(rule, schedule.start(), end, List.copyOf(placed.values()), payments));
    }

    private static LocalDate due(Milestone milestone, Map<String, PhaseDates> phases) {
        if (milestone.closes() != null && phases.containsKey(milestone.closes())) {
            return phases.get(milestone.closes()).end();
        }
        if (milestone.opens() != null && phases.containsKey(milestone.opens())) {
            return phases.get(milestone.opens()).start();
        }
        return null;
    }

    /** The group's labour effort in person-days, 2 decimals: days as they are, hours ÷ hours per day. */
    static BigDecimal effortDays(Estimate estimate, Group group, Map<String, ItemTotal> items) {
        BigDecimal hoursPerDay = estimate.rateCard().hoursPerDay();
        BigDecimal days = BigDecimal.ZERO;
        for (LineItem item : group.allItems().filter(i -> i.isLabour() && !i.isRecurring()).toList()) {
            BigDecimal quantity = items.get(item.id()).quantity();
            days = days.add(item.unit() == Unit.HOURS ? quantity.divide(hoursPerDay, 10, RoundingMode.HALF_UP) : quantity);
        }
        return days.setScale(2, RoundingMode.HALF_UP);
    }

    private static int derivedDuration(CalendarRule rule, BigDecimal effortDays, BigDecimal teamSize) {
        if (teamSize == null || teamSize.signum() <= 0) {
            return 1;
        }
        BigDecimal days = switch (rule) {
            case WORKING_DAYS -> effortDays.divide(teamSize, 0, RoundingMode.CEILING);
            case CALENDAR_DAYS -> effortDays.multiply(SEVEN).divide(teamSize.multiply(FIVE), 0, RoundingMode.CEILING);
        };
        // Beyond the longest plausible phase the dates stop meaning anything; validation reports it.
        return Math.max(1, days.min(BigDecimal.valueOf(Phase.MAX_DAYS + 1L)).intValueExact());
    }
}
