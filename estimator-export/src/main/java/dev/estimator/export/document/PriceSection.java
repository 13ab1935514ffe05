package dev.estimator.export.document;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.calc.PhaseDates;
import dev.estimator.core.calc.ProjectSchedule;
import dev.estimator.core.calc.ScheduledPayment;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Section 8: from the subtotal to the total (contingency, each discount or surcharge with its
 * reason, tax), the payment schedule, the terms and how long the prices are valid.
 */
final class PriceSection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        SectionBuilder section = SectionBuilder.numbered("price", p.text("section.price"));
        section.paragraph(p.text("price.intro"));

        TableBuilder price = SectionBuilder.table(Column.text(p.text("price.line"), 75), Column.number(p.label("amount"), 25));
        price.row(p.label("subtotal"), p.amount(totals.subtotal()));
        if (estimate.contingency() != null) {
            price.row(p.label("contingency"), p.amount(totals.contingency()));
        }
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            price.row(adjustmentText(p, adjustment.adjustment()), p.signed(adjustment.amount()));
            Trades.trade(p, adjustment.adjustment()).ifPresent(trade -> price.wideRow(RowKind.NOTE, trade));
        }
        price.labelRow(RowKind.GROUP, p.label("net"), p.amount(totals.net()));
        if (estimate.tax() != null && !totals.taxByRate().isEmpty()) {
            // The tax stated per rate with the amount it is charged on, as a qualified invoice (適格請求書) needs.
            for (dev.estimator.core.calc.TaxRateAmount rate : totals.taxByRate()) {
                price.row(p.text("price.taxByRate", estimate.tax().name(), p.percent(rate.percent()), p.amount(rate.base())),
                        p.amount(rate.tax()));
            }
        } else if (estimate.tax() != null) {
            price.row(p.text("price.tax", estimate.tax().name(), p.percent(estimate.tax().percent())),
                    p.amount(totals.tax()));
        }
        price.labelRow(RowKind.TOTAL, p.grandTotalLabel(), p.amount(totals.grandTotal()));
        section.add(price.keepTogether());
        TotalRange range = totals.range();
        if (range.optimistic().compareTo(range.pessimistic()) != 0) {
            // With a simulation, its percentiles (risks included) are the one confidence figure the
            // documents give; the three-point P80 alone would be a second, different "80 %".
            section.paragraph(totals.simulation() != null
                    ? p.text("summary.threePointSimulated", p.amount(range.optimistic()), p.amount(range.pessimistic()))
                    : p.text("summary.threePoint", p.amount(range.optimistic()),
                            p.amount(range.pessimistic()), p.amount(range.p80())));
        }

        if (totals.billing().billing() == ContingencyBilling.ON_APPROVAL) {
            section.paragraph(p.text(onApprovalKey(estimate), p.amount(totals.contingency()),
                    p.amount(totals.billing().contingencyOnApproval()), p.amount(totals.billing().billedTotal())),
                    Block.TextStyle.STRONG);
        }
        totals.schedule().ifPresent(schedule -> schedule(p, schedule, estimate.schedule().holidays(), section));

        if (!totals.milestones().isEmpty()) {
            section.subheading(p.text("price.payment"));
            // The schedule dates each payment, in the milestones' order.
            List<LocalDate> dates = totals.schedule().map(s -> s.payments().stream().map(ScheduledPayment::due).toList())
                    .filter(d -> d.size() == totals.milestones().size()).orElse(List.of());
            boolean dated = dates.stream().anyMatch(java.util.Objects::nonNull);
            TableBuilder schedule = dated
                    ? SectionBuilder.table(Column.text(p.label("milestone"), 24), Column.text(p.label("due"), 30),
                            Column.text(p.text("price.date"), 16), Column.number(p.label("percent"), 10),
                            Column.number(p.label("amount"), 20))
                    : SectionBuilder.table(Column.text(p.label("milestone"), 34), Column.text(p.label("due"), 30),
                            Column.number(p.label("percent"), 14), Column.number(p.label("amount"), 22));
            for (int i = 0; i < totals.milestones().size(); i++) {
                MilestoneAmount milestone = totals.milestones().get(i);
                String due = milestone.milestone().due() == null ? "" : milestone.milestone().due();
                String percent = p.percent(milestone.milestone().percent());
                if (dated) {
                    LocalDate date = dates.get(i);
                    schedule.row(milestone.milestone().name(), due, date == null ? p.none() : p.date(date), percent,
                            p.amount(milestone.amount()));
                } else {
                    schedule.row(milestone.milestone().name(), due, percent, p.amount(milestone.amount()));
                }
            }
            section.add(schedule.keepTogether());
        }
        totals.schedule().flatMap(schedule -> ScheduleTimeline.of(p, schedule)).ifPresent(timeline -> {
            section.subheading(p.text("timeline.heading"));
            section.add(timeline);
        });

        totals.commercial().ifPresent(figures -> {
            section.subheading(p.text("commercial.heading"));
            section.bullets(CommercialPhrases.terms(p, figures));
        });
        section.subheading(p.text("price.terms"));
        section.bullets(estimate.terms());
        section.paragraph(estimate.header().validUntil() == null
                ? p.text("price.validityOpen", p.date(estimate.header().issueDate()))
                : p.text("price.validity", p.date(estimate.header().validUntil())));
        return section.build();
    }

    /** The phases with their dates, under the calendar rule they count in. */
    private static void schedule(Phrasing p, ProjectSchedule schedule, List<LocalDate> holidays,
                                 SectionBuilder section) {
        if (schedule.phases().isEmpty()) {
            return;
        }
        section.subheading(p.text("schedule.heading"));
        TableBuilder phases = SectionBuilder.table(Column.text(p.text("schedule.phase"), 46),
                Column.text(p.text("schedule.start"), 20), Column.text(p.text("schedule.end"), 20),
                Column.number(p.text("schedule.days"), 14));
        for (PhaseDates phase : schedule.phases()) {
            phases.row(phase.title(), p.date(phase.start()), p.date(phase.end()), String.valueOf(phase.duration()));
        }
        section.add(phases.keepTogether());
        String intro = p.text("schedule.intro", p.text("schedule.calendar." + schedule.calendar().fileName()));
        List<String> closed = schedule.calendar() == dev.estimator.core.model.CalendarRule.WORKING_DAYS
                ? holidayRuns(p, holidays, schedule.start(), schedule.end()) : List.of();
        section.paragraph(closed.isEmpty() ? intro : intro + " " + p.text("schedule.holidays", p.list(closed)),
                Block.TextStyle.CAPTION);
    }

    /**
     * The holidays that fall on working days within the schedule, as the reader would say them:
     * holidays separated only by a weekend run together ("20 December 2027 to 31 December 2027").
     */
    static List<String> holidayRuns(Phrasing p, List<LocalDate> holidays, LocalDate start, LocalDate end) {
        List<LocalDate> days = holidays.stream().distinct().sorted()
                .filter(day -> !day.isBefore(start) && !day.isAfter(end))
                .filter(day -> day.getDayOfWeek().getValue() <= 5).toList();
        List<String> runs = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i < days.size() && nextWorkingDay(days.get(i - 1)).equals(days.get(i))) {
                continue;
            }
            runs.add(i - 1 == from ? p.date(days.get(from))
                    : p.text("schedule.holidayRun", p.date(days.get(from)), p.date(days.get(i - 1))));
            from = i;
        }
        return runs;
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek().getValue() > 5) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** An adjustment as the price shows it, e.g. "Discount (5 %): Third project together." */
    static String adjustmentText(Phrasing p, Adjustment adjustment) {
        String kind = p.name(adjustment.kind());
        String size = adjustment.percent() != null ? " (" + p.percent(adjustment.percent()) + ")" : "";
        return kind + size + ": " + adjustment.reason();
    }

    /**
     * The sentence on a contingency billed on approval: with adjustments, its amount with tax is
     * also after them (a discount lowers it), and the sentence says so.
     */
    static String onApprovalKey(Estimate estimate) {
        return estimate.adjustments().isEmpty() ? "commercial.onApproval" : "commercial.onApprovalAdjusted";
    }
}
