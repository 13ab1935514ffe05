package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.header;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.rateCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.CalendarRule;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Phase;
import dev.estimator.core.model.PricingModel;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Schedule;
import dev.estimator.core.model.Unit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule in dates, worked by hand across weekends, month ends and year ends. */
class ScheduleTest {

    private static Group group(String id, LineItem... items) {
        return new Group(id, "Phase " + id, null, List.of(items), null);
    }

    private static Estimate estimate(Schedule schedule, List<Milestone> milestones, Group... groups) {
        return new Estimate(header("EUR"), rateCard("100", null, RatePeriod.DAY), List.of(groups), null, null, null,
                null, null, null, milestones, null, null, null,
                Commercial.of(PricingModel.FIXED_PRICE).withPaymentDays(30), schedule);
    }

    private static LineItem days(String id, String quantity) {
        return labour(id, Quantity.of(d(quantity)), Unit.DAYS);
    }

    private static ProjectSchedule schedule(Estimate estimate) {
        return EstimateCalculator.calculate(estimate).schedule().orElseThrow();
    }

    @ParameterizedTest(name = "{0} from {1} for {2} days: ends {3}, the next phase starts {4}")
    @CsvSource({
            "WORKING_DAYS,  2026-11-27, 1,  2026-11-27, 2026-11-30",  // a Friday: the next phase starts on Monday
            "WORKING_DAYS,  2026-11-27, 2,  2026-11-30, 2026-12-01",  // across a weekend and a month end
            "WORKING_DAYS,  2026-12-28, 5,  2027-01-01, 2027-01-04",  // Monday to Friday across the year end
            "WORKING_DAYS,  2027-02-22, 10, 2027-03-05, 2027-03-08",  // February 2027 has 28 days
            "WORKING_DAYS,  2026-11-02, 23, 2026-12-02, 2026-12-03",  // four weeks (to 27 Nov) and three days
            "CALENDAR_DAYS, 2026-11-27, 2,  2026-11-28, 2026-11-29",  // weekends count
            "CALENDAR_DAYS, 2027-01-31, 29, 2027-02-28, 2027-03-01",
            "CALENDAR_DAYS, 2028-02-28, 2,  2028-02-29, 2028-03-01",  // a leap year
    })
    void aStatedDurationEndsAndTheNextPhaseFollows(CalendarRule rule, LocalDate start, int duration, LocalDate end,
                                                   LocalDate next) {
        Estimate estimate = estimate(new Schedule(start, rule, List.of(new Phase("a", duration, null, null, null),
                        new Phase("b", 1, null, null, null))), List.of(),
                group("a", days("A1", "1")), group("b", days("B1", "1")));
        ProjectSchedule schedule = schedule(estimate);
        assertEquals(start, schedule.phases().get(0).start());
        assertEquals(end, schedule.phases().get(0).end());
        assertEquals(next, schedule.phases().get(1).start());
        assertEquals(next, schedule.end());
        assertEquals("a", schedule.phases().get(1).after());
    }

    @ParameterizedTest(name = "{0}: {1} {2} of effort, a team of {3}: {4} days")
    @CsvSource({
            "WORKING_DAYS,  12,  DAYS,  2, 6",
            "WORKING_DAYS,  10,  DAYS,  3, 4",    // 3.33 rounds up
            "WORKING_DAYS,  20,  HOURS, 1, 3",    // 20 h = 2.50 days at 8 hours a day
            "WORKING_DAYS,  0.5, DAYS,  4, 1",    // at least a day
            "WORKING_DAYS,  9,   DAYS,  1.5, 6",  // half a person counts
            "CALENDAR_DAYS, 10,  DAYS,  2, 7",    // 5 working days = 7 calendar days
            "CALENDAR_DAYS, 12,  DAYS,  2, 9",    // 6 × 7/5 = 8.4
    })
    void aDerivedDurationIsTheEffortOverTheTeamRoundedUp(CalendarRule rule, String effort, Unit unit, String team,
                                                        int duration) {
        Estimate estimate = estimate(new Schedule(LocalDate.of(2026, 11, 23), rule,
                        List.of(new Phase("a", null, d(team), null, null))), List.of(),
                group("a", labour("A1", Quantity.of(d(effort)), unit)));
        PhaseDates phase = schedule(estimate).phases().getFirst();
        assertEquals(duration, phase.duration());
        assertEquals(d(team), phase.teamSize());
        assertEquals(true, phase.derived());
    }

    @Test
    void aThreePointItemCountsAtItsPertMeanAndNonLabourAtNothing() {
        // PERT (8, 10, 15) = 10.50 days; a licence adds no effort; a team of 2: 5.25, rounded up to 6.
        Estimate estimate = estimate(new Schedule(LocalDate.of(2026, 11, 23), CalendarRule.WORKING_DAYS,
                        List.of(new Phase("a", null, d("2"), null, null))), List.of(),
                group("a", labour("A1", Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS),
                        dev.estimator.core.Estimates.priced("L", "3", "50")));
        PhaseDates phase = schedule(estimate).phases().getFirst();
        assertEquals(d("10.50"), phase.effortDays());
        assertEquals(6, phase.duration());
        assertEquals(LocalDate.of(2026, 11, 30), phase.end());   // Mon 23 to Fri 27, then Mon 30
    }

    @Test
    void overlappingPhasesAndPhasesInParallelAreDatedAndSoAreThePayments() {
        // a: Mon 23 Nov – Fri 27 Nov (5 days). b after a, overlapping 2 days: starts 3 working days after
        // a's start (Thu 26 Nov), 3 days to Mon 30 Nov. c after a in sequence, 10 days: Mon 30 Nov – Fri 11 Dec.
        // d after a, in parallel with c: Mon 30 Nov – Tue 1 Dec.
        Schedule schedule = new Schedule(LocalDate.of(2026, 11, 23), CalendarRule.WORKING_DAYS, List.of(
                new Phase("a", 5, null, null, null),
                new Phase("b", 3, null, null, 2),
                new Phase("c", 10, null, "a", null),
                new Phase("d", 2, null, "a", 0)));
        List<Milestone> milestones = List.of(
                new Milestone("Signature", d("10"), null, null, "a"),
                new Milestone("Design", d("20"), null, "d", null),
                new Milestone("Go-live", d("50"), null, "c", null),
                new Milestone("Retention", d("20"), "Three months after go-live", null, null));
        Estimate estimate = estimate(schedule, milestones, group("a", days("A1", "1")), group("b", days("B1", "1")),
                group("c", days("C1", "1")), group("d", days("D1", "1")));
        ProjectSchedule dates = schedule(estimate);
        assertEquals(List.of(
                        new PhaseDates("a", "Phase a", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27), 5, null, null, null, 0),
                        new PhaseDates("b", "Phase b", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 30), 3, null, null, "a", 2),
                        new PhaseDates("c", "Phase c", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 11), 10, null, null, "a", 0),
                        new PhaseDates("d", "Phase d", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), 2, null, null, "a", 0)),
                dates.phases());
        assertEquals(LocalDate.of(2026, 12, 11), dates.end());
        // Total 4 days × 100 = 400.00: 40.00, 80.00, 200.00, and the remainder 80.00.
        assertEquals(List.of(d("40.00"), d("80.00"), d("200.00"), d("80.00")),
                dates.payments().stream().map(p -> p.payment().amount()).toList());
        assertEquals(java.util.Arrays.asList(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 11), null),
                dates.payments().stream().map(ScheduledPayment::due).toList());
        // Thirty calendar days to pay, across the year end.
        assertEquals(java.util.Arrays.asList(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 10), null),
                dates.payments().stream().map(ScheduledPayment::payBy).toList());
    }

    @Test
    void theCappedFileIsDatedAsWorkedByHand() {
        // Design: Fri 29 Jan – Tue 2 Feb 2027 (3 working days). Build: 10 days + 16 h = 12.00 days, a team of
        // 2: 6 days, overlapping design by 1: from Tue 2 Feb to Tue 9 Feb.
        Estimate estimate = EstimateFiles.load(Path.of("src/test/resources/commercial/capped.yaml")).orThrow();
        ProjectSchedule dates = schedule(estimate);
        assertEquals(new PhaseDates("design", "Design", LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 2), 3,
                null, null, null, 0), dates.phases().get(0));
        assertEquals(new PhaseDates("build", "Build", LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 9), 6,
                d("12.00"), d("2"), "design", 1), dates.phases().get(1));
        assertEquals(List.of(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 9)),
                dates.payments().stream().map(ScheduledPayment::due).toList());
        assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 11)),
                dates.payments().stream().map(ScheduledPayment::payBy).toList());
        assertEquals(List.of(d("4794.60"), d("4794.60"), d("6392.80")),
                dates.payments().stream().map(p -> p.payment().amount()).toList());
    }

    @Test
    void anAlternativeThatChangesTheEffortHasItsOwnDates() {
        Estimate base = EstimateFiles.load(Path.of("src/test/resources/commercial/capped.yaml")).orThrow();
        Estimate estimate = base.withAlternatives(List.of(new Alternative("lean", "Lean", "Less backend.", "Sooner.",
                "Fewer features.", null, List.of(new Change.ChangeQuantity("B1", Quantity.of(d("6")))))));
        // Build: 6 + 2 = 8 days, a team of 2: 4 days, Tue 2 Feb to Fri 5 Feb.
        ProjectSchedule lean = EstimateCalculator.calculate(estimate).alternatives().getFirst().totals().schedule()
                .orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 5), lean.end());
        assertEquals(LocalDate.of(2027, 2, 9), EstimateCalculator.calculate(estimate).schedule().orElseThrow().end());
    }

    @Test
    void withoutPaymentDaysThereIsADueDateButNoPayByDate() {
        Estimate estimate = estimate(new Schedule(LocalDate.of(2026, 11, 23), CalendarRule.WORKING_DAYS,
                        List.of(new Phase("a", 5, null, null, null))),
                List.of(new Milestone("All", d("100"), null, "a", null)), group("a", days("A1", "1")))
                .withCommercial(null);
        ScheduledPayment payment = schedule(estimate).payments().getFirst();
        assertEquals(LocalDate.of(2026, 11, 27), payment.due());
        assertNull(payment.payBy());
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        // Mon 21 Dec 2026, 5 working days with 24, 25 and 31 December and 1 January off: 21, 22, 23, 28, 29.
        // The next phase, 2 days: Wed 30 December, then (31, 1, the weekend) Mon 4 January 2027.
        List<LocalDate> holidays = List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        Estimate estimate = estimate(new Schedule(LocalDate.of(2026, 12, 21), CalendarRule.WORKING_DAYS,
                        List.of(new Phase("a", 5, null, null, null), new Phase("b", 2, null, null, null)), holidays),
                List.of(), group("a", days("A1", "1")), group("b", days("B1", "1")));
        ProjectSchedule schedule = schedule(estimate);
        assertEquals(LocalDate.of(2026, 12, 29), schedule.phases().get(0).end());
        assertEquals(LocalDate.of(2026, 12, 30), schedule.phases().get(1).start());
        assertEquals(LocalDate.of(2027, 1, 4), schedule.end());
    }

    @Test
    void aLongPhaseWithHolidaysCountsEachDay() {
        // 23 working days from Mon 2 Nov 2026 end on Wed 2 Dec; one holiday on Thu 26 Nov moves it to Thu 3 Dec.
        Estimate estimate = estimate(new Schedule(LocalDate.of(2026, 11, 2), CalendarRule.WORKING_DAYS,
                        List.of(new Phase("a", 23, null, null, null)), List.of(LocalDate.of(2026, 11, 26))),
                List.of(), group("a", days("A1", "1")));
        assertEquals(LocalDate.of(2026, 12, 3), schedule(estimate).end());
    }
}
