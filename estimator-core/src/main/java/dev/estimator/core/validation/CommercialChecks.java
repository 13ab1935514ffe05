package dev.estimator.core.validation;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.PhaseDates;
import dev.estimator.core.calc.ProjectSchedule;
import dev.estimator.core.calc.ScheduledPayment;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentScope;
import dev.estimator.core.model.CalendarRule;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.DataProcessing;
import dev.estimator.core.model.DelayPenalties;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.LiabilityCap;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Phase;
import dev.estimator.core.model.PricingModel;
import dev.estimator.core.model.Recurrence;
import dev.estimator.core.model.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the commercial terms and the schedule: what each pricing model needs, terms that
 * contradict one another, phases and milestones that name what exists. {@link #priced} adds the
 * rules that need the totals (a cap below the price, a contingency on approval that is nothing).
 */
final class CommercialChecks {

    private final Estimate estimate;
    private final List<Finding> findings = new ArrayList<>();

    private CommercialChecks(Estimate estimate) {
        this.estimate = estimate;
    }

    static List<Finding> check(Estimate estimate) {
        CommercialChecks checks = new CommercialChecks(estimate);
        if (estimate.commercial() != null) {
            checks.commercial(estimate.commercial());
        }
        if (estimate.schedule() != null) {
            checks.schedule(estimate.schedule());
        }
        checks.milestones();
        checks.recurrence();
        return checks.findings;
    }

    private void commercial(Commercial terms) {
        if (terms.pricingModel() == PricingModel.CAPPED_TIME_AND_MATERIALS && terms.cap() == null) {
            report("/commercial/cap", "capped time and materials needs its cap: the most the client pays before tax,"
                    + " e.g. cap: 120000");
        } else if (terms.pricingModel() != null && terms.pricingModel() != PricingModel.CAPPED_TIME_AND_MATERIALS
                && terms.cap() != null) {
            report("/commercial/cap", "a cap belongs to capped-time-and-materials, not to "
                    + terms.pricingModel().fileName() + "; remove it or change the pricing model");
        }
        moneyScale(terms.cap(), "/commercial/cap");
        if (terms.pricingModel() == PricingModel.FIXED_PRICE_PER_MILESTONE && estimate.milestones().isEmpty()) {
            report("/commercial/pricingModel", "a fixed price per milestone needs the payment milestones it fixes;"
                    + " list them under milestones");
        }
        if (terms.contingencyBilling() == ContingencyBilling.ON_APPROVAL && estimate.contingency() == null) {
            report("/commercial/contingencyBilling", "there is no contingency to invoice on approval;"
                    + " add a contingency or remove contingencyBilling");
        }
        LiabilityCap liability = terms.liabilityCap();
        if (liability != null) {
            if (liability.amount() != null && liability.percent() != null) {
                report("/commercial/liabilityCap", "give the liability cap either as an amount or as a percent of"
                        + " the contract price, not both");
            } else if (liability.amount() == null && liability.percent() == null) {
                report("/commercial/liabilityCap", "give the liability cap as an amount or as a percent of the"
                        + " contract price, e.g. percent: 100");
            }
            moneyScale(liability.amount(), "/commercial/liabilityCap/amount");
        }
        delayPenalties(terms.delayPenalties());
        DataProcessing data = terms.dataProcessing();
        if (data != null && Boolean.TRUE.equals(data.personalData()) && (data.clause() == null || data.clause().isBlank())) {
            report("/commercial/dataProcessing/clause", "personal data is handled: state the data-processing clause"
                    + " (e.g. a processing agreement under GDPR Article 28)");
        }
    }

    private void delayPenalties(DelayPenalties penalties) {
        if (penalties == null) {
            return;
        }
        String at = "/commercial/delayPenalties";
        if (penalties.applies()) {
            if (penalties.percentPerWeek() == null) {
                report(at + "/percentPerWeek", "delay penalties apply: give their rate per week, e.g. percentPerWeek: 0.5");
            }
            if (penalties.maxPercent() == null) {
                report(at + "/maxPercent", "delay penalties apply: give their cap, e.g. maxPercent: 5");
            }
            if (penalties.percentPerWeek() != null && penalties.maxPercent() != null
                    && penalties.maxPercent().compareTo(penalties.percentPerWeek()) < 0) {
                report(at + "/maxPercent", "the cap on delay penalties (" + penalties.maxPercent().toPlainString()
                        + " %) is below one week's penalty (" + penalties.percentPerWeek().toPlainString() + " %)");
            }
        } else if (penalties.percentPerWeek() != null || penalties.maxPercent() != null) {
            report(at + "/applies", "the penalties have a rate but applies is false; write applies: true, or remove"
                    + " the rate to state that no delay penalties apply");
        }
    }

    private void schedule(Schedule schedule) {
        if (schedule.start() != null && schedule.calendar() == CalendarRule.WORKING_DAYS
                && isWeekend(schedule.start())) {
            report("/schedule/start", "the schedule counts working days (Monday to Friday) but starts on a "
                    + schedule.start().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH) + " ("
                    + schedule.start() + "); start on a working day");
        }
        if (!schedule.holidays().isEmpty() && schedule.calendar() == CalendarRule.CALENDAR_DAYS) {
            report("/schedule/holidays", "calendar days count every day, holidays too; use calendar: working-days"
                    + " to skip them");
        }
        if (schedule.start() != null && schedule.holidays().contains(schedule.start())
                && schedule.calendar() == CalendarRule.WORKING_DAYS) {
            report("/schedule/start", "the schedule starts on a holiday (" + schedule.start() + "); start on a"
                    + " working day");
        }
        if (schedule.phases().isEmpty()) {
            report("/schedule", "list the phases of the schedule: each top-level group with its duration or team size");
        }
        Set<String> topLevel = new HashSet<>();
        estimate.breakdown().forEach(g -> topLevel.add(g.id()));
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < schedule.phases().size(); i++) {
            Phase phase = schedule.phases().get(i);
            String at = "/schedule/phases/" + i;
            if (phase.after() != null && (!placed.contains(phase.after()) || phase.after().equals(phase.group()))) {
                report(at + "/after", "a phase follows a phase listed before it, and '" + phase.after()
                        + "' is not one" + known(placed));
            }
            if (phase.group() != null) {
                if (!topLevel.contains(phase.group())) {
                    report(at + "/group", "there is no top-level group '" + phase.group() + "' to schedule"
                            + known(topLevel));
                } else if (!placed.add(phase.group())) {
                    report(at + "/group", "the group '" + phase.group() + "' is scheduled twice; list each phase once");
                }
            }
            if (phase.duration() != null && phase.teamSize() != null) {
                report(at, "give the phase either a duration or a team size to derive it from its effort, not both");
            } else if (phase.duration() == null && phase.teamSize() == null) {
                report(at, "give the phase a duration (in days) or a team size to derive it from its effort");
            } else if (phase.teamSize() != null && topLevel.contains(phase.group()) && !hasLabour(phase.group())) {
                report(at + "/teamSize", "the group '" + phase.group() + "' has no labour to derive a duration from;"
                        + " give its duration instead");
            }
            if (i == 0 && phase.after() == null && phase.effectiveOverlap() > 0) {
                report(at + "/overlap", "the first phase starts the project and follows no phase; remove the overlap");
            }
        }
    }

    private void milestones() {
        Set<String> phases = new HashSet<>();
        if (estimate.schedule() != null) {
            estimate.schedule().phases().forEach(p -> phases.add(p.group()));
        }
        for (int i = 0; i < estimate.milestones().size(); i++) {
            Milestone milestone = estimate.milestones().get(i);
            String at = "/milestones/" + i;
            if (milestone.closes() != null && milestone.opens() != null) {
                report(at, "a milestone falls due either when a phase closes or when one opens, not both");
            }
            phaseReference(milestone.closes(), at + "/closes", phases);
            phaseReference(milestone.opens(), at + "/opens", phases);
        }
    }

    private void recurrence() {
        for (int i = 0; i < estimate.breakdown().size(); i++) {
            recurrence(estimate.breakdown().get(i), "/breakdown/" + i);
        }
        for (int i = 0; i < estimate.alternatives().size(); i++) {
            List<Change> changes = estimate.alternatives().get(i).changes();
            for (int c = 0; c < changes.size(); c++) {
                LineItem newItem = switch (changes.get(c)) {
                    case Change.Add add -> add.newItem();
                    case Change.Swap swap -> swap.newItem();
                    case Change.Drop drop -> null;
                    case Change.ChangeQuantity quantity -> null;
                    case Change.ChangeRate rate -> null;
                    case Change.ChangeUnitPrice price -> null;
                };
                if (newItem != null) {
                    termInPeriods(newItem.recurrence(), "/alternatives/" + i + "/changes/" + c + "/newItem/recurrence/term");
                }
            }
        }
        boolean anyRecurring = estimate.allItems().anyMatch(LineItem::isRecurring);
        for (int i = 0; i < estimate.adjustments().size(); i++) {
            Adjustment adjustment = estimate.adjustments().get(i);
            String at = "/adjustments/" + i;
            if (adjustment.appliesTo() == AdjustmentScope.ONE_TIME) {
                continue;
            }
            if (adjustment.amount() != null) {
                report(at + "/amount", "an adjustment of the recurring charges is a percent: an amount cannot be"
                        + " spread over the charges");
            }
            if (!anyRecurring) {
                report(at + "/appliesTo", "no line item recurs, so there are no recurring charges to apply it to");
            }
        }
    }

    private void recurrence(Group group, String pointer) {
        for (int i = 0; i < group.items().size(); i++) {
            // Most items do not recur: their pointers are never spelled out.
            if (group.items().get(i).recurrence() != null) {
                termInPeriods(group.items().get(i).recurrence(), pointer + "/items/" + i + "/recurrence/term");
            }
        }
        for (int i = 0; i < group.groups().size(); i++) {
            recurrence(group.groups().get(i), pointer + "/groups/" + i);
        }
    }

    private void termInPeriods(Recurrence recurrence, String at) {
        if (recurrence != null && recurrence.every() != null && recurrence.term() != null
                && recurrence.charges() == null) {
            report(at, "a term of " + recurrence.term() + " months is not a whole number of "
                    + recurrence.every().fileName() + "s (" + recurrence.every().months() + " months each)");
        }
    }

    private void phaseReference(String group, String at, Set<String> phases) {
        if (group == null) {
            return;
        }
        if (estimate.schedule() == null) {
            report(at, "there is no schedule to date this milestone by; add a schedule with its phases");
        } else if (!phases.contains(group)) {
            report(at, "the schedule has no phase '" + group + "'" + known(phases));
        }
    }

    /** The rules that need the totals; run only on an estimate that passed every other rule. */
    static List<Finding> priced(Estimate estimate, EstimateTotals totals) {
        if (estimate.commercial() == null && estimate.schedule() == null) {
            return List.of();
        }
        CommercialChecks checks = new CommercialChecks(estimate);
        totals.commercial().ifPresent(figures -> {
            if (figures.capHeadroom() != null && figures.capHeadroom().signum() < 0) {
                checks.report("/commercial/cap", "the cap (" + plain(figures.cap()) + ") is below the price before"
                        + " tax with its contingency (" + plain(totals.net()) + "); raise the cap or reduce the scope");
            }
        });
        if (totals.billing().billing() == ContingencyBilling.ON_APPROVAL) {
            if (totals.contingency().signum() == 0) {
                checks.report("/commercial/contingencyBilling", "the contingency is 0, so there is nothing to invoice"
                        + " on approval; remove contingencyBilling or set a contingency");
            } else if (!totals.milestones().isEmpty() && totals.billedTotal().signum() <= 0) {
                checks.report("/milestones", "without the contingency the milestones would invoice "
                        + plain(totals.billedTotal()) + "; the contingency cannot be kept out of them");
            }
        }
        for (int i = 0; i < totals.alternatives().size(); i++) {
            EstimateTotals alternative = totals.alternatives().get(i).totals();
            String at = "/alternatives/" + i;
            alternative.commercial().filter(f -> f.capHeadroom() != null && f.capHeadroom().signum() < 0)
                    .ifPresent(f -> checks.report(at, "with this alternative the price before tax ("
                            + plain(alternative.net()) + ") is above the cap (" + plain(f.cap()) + ")"));
        }
        totals.schedule().ifPresent(schedule -> checks.dates(schedule));
        return checks.findings;
    }

    private void dates(ProjectSchedule schedule) {
        List<Phase> phases = estimate.schedule().phases();
        for (int i = 0; i < phases.size(); i++) {
            PhaseDates dates = schedule.phase(phases.get(i).group()).orElse(null);
            if (dates != null && dates.duration() > Phase.MAX_DAYS) {
                report("/schedule/phases/" + i + "/teamSize", "the effort (" + dates.effortDays().toPlainString()
                        + " days) for a team of " + dates.teamSize().toPlainString() + " would last more than "
                        + Phase.MAX_DAYS + " days; check the team size");
            }
            PhaseDates follows = dates == null || dates.after() == null ? null : schedule.phase(dates.after()).orElse(null);
            if (follows != null && dates.overlap() > follows.duration()) {
                report("/schedule/phases/" + i + "/overlap", "an overlap of " + dates.overlap() + " days would start"
                        + " the phase before '" + follows.groupId() + "' (" + follows.duration() + " days) starts");
            }
        }
        LocalDate previous = null;
        for (int i = 0; i < schedule.payments().size(); i++) {
            ScheduledPayment payment = schedule.payments().get(i);
            if (payment.due() == null) {
                continue;
            }
            if (previous != null && payment.due().isBefore(previous)) {
                report("/milestones/" + i, "'" + payment.payment().milestone().name() + "' falls due on "
                        + payment.due() + ", before the milestone listed above it (" + previous
                        + "); list the milestones in the order they fall due");
            }
            previous = payment.due();
        }
    }

    private boolean hasLabour(String groupId) {
        return estimate.breakdown().stream().filter(g -> groupId.equals(g.id())).flatMap(Group::allItems)
                .anyMatch(LineItem::isLabour);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek().getValue() >= 6;
    }

    private void moneyScale(BigDecimal amount, String at) {
        if (amount == null || estimate.header() == null || estimate.header().currency() == null) {
            return;
        }
        int digits = Math.max(0, estimate.header().currency().getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            report(at, amount.toPlainString() + " has more decimals than "
                    + estimate.header().currency().getCurrencyCode() + " allows (" + digits + ")");
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String known(Set<String> ids) {
        List<String> list = ids.stream().filter(java.util.Objects::nonNull).sorted().limit(12).toList();
        return list.isEmpty() ? "" : " (known: " + String.join(", ", list) + ")";
    }

    private void report(String pointer, String message) {
        findings.add(new Finding(pointer, message));
    }
}
