package dev.estimator.export.document;

import dev.estimator.core.calc.PhaseDates;
import dev.estimator.core.calc.ProjectSchedule;
import dev.estimator.core.calc.ScheduledPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The schedule as a {@link Block.Timeline}: each phase a bar from its first to its last day, each
 * dated payment a marker with its amount (undated ones are in the payment table only), and the
 * first of every month (or every second or third month on a long project) on the axis.
 */
final class ScheduleTimeline {

    /** Axis labels at most; more would crowd a page's width. */
    private static final int MAX_TICKS = 8;

    private ScheduleTimeline() {
    }

    /** The timeline of {@code schedule}, or nothing when it has no phases. */
    static java.util.Optional<Block.Timeline> of(Phrasing p, ProjectSchedule schedule) {
        if (schedule.phases().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Block.TimelineSpan> spans = schedule.phases().stream()
                .map(phase -> new Block.TimelineSpan(phase.title(), phase.start(), phase.end(),
                        p.text("timeline.span", p.date(phase.start()), p.date(phase.end()))))
                .toList();
        List<Block.TimelineMark> marks = schedule.payments().stream()
                .filter(payment -> payment.due() != null)
                .map(payment -> new Block.TimelineMark(payment.payment().milestone().name(), payment.due(),
                        p.date(payment.due()), p.amount(payment.payment().amount())))
                .toList();
        LocalDate from = Stream.concat(schedule.phases().stream().map(PhaseDates::start),
                marks.stream().map(Block.TimelineMark::date)).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = Stream.concat(schedule.phases().stream().map(PhaseDates::end),
                schedule.payments().stream().map(ScheduledPayment::due).filter(Objects::nonNull))
                .max(LocalDate::compareTo).orElseThrow();
        return java.util.Optional.of(new Block.Timeline(p.text("timeline.description", p.date(from), p.date(to)),
                p.text("timeline.payments"), from, to, spans, marks, ticks(p, from, to)));
    }

    /** The first day of each month (or of every n-th month) from {@code from} to {@code to}. */
    static List<Block.TimelineTick> ticks(Phrasing p, LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, to.withDayOfMonth(1)) + 1;
        int step = (int) ((months + MAX_TICKS - 1) / MAX_TICKS);
        List<Block.TimelineTick> ticks = new ArrayList<>();
        for (LocalDate month = first; !month.isAfter(to); month = month.plusMonths(step)) {
            if (!month.isBefore(from)) {
                ticks.add(new Block.TimelineTick(month, p.month(month)));
            }
        }
        return ticks;
    }
}
