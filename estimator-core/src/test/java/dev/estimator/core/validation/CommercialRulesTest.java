package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.format.EstimateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the commercial terms and the schedule, with the exact line a user sees: each case
 * edits one place of a valid file ({@code commercial/capped.yaml}) and expects its problems.
 */
class CommercialRulesTest {

    private static final String BASE = read(Path.of("src/test/resources/commercial/capped.yaml"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(String yaml) {
        return EstimateFiles.parse(yaml, "e.yaml", false).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBaseFileIsValid() {
        assertEquals(List.of(), problems(BASE));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            cap: 20000 | cap: 14000 | e.yaml:57:8: commercial.cap: the cap (14000.00) is below the price before tax with its contingency (14410.00); raise the cap or reduce the scope
            pricingModel: capped-time-and-materials | pricingModel: fixed-price | e.yaml:57:8: commercial.cap: a cap belongs to capped-time-and-materials, not to fixed-price; remove it or change the pricing model
            '  cap: 20000\\n' | '' | e.yaml:56:3: commercial.cap: capped time and materials needs its cap: the most the client pays before tax, e.g. cap: 120000
            cap: 20000 | cap: 20000.005 | e.yaml:57:8: commercial.cap: 20000.005 has more decimals than EUR allows (2)
            percent: 10, explanation | percent: 0, explanation | e.yaml:59:23: commercial.contingencyBilling: the contingency is 0, so there is nothing to invoice on approval; remove contingencyBilling or set a contingency
            {percent: 100} | {percent: 100, amount: 5000} | e.yaml:64:17: commercial.liabilityCap: give the liability cap either as an amount or as a percent of the contract price, not both
            {percent: 100} | {note: Unlimited.} | e.yaml:64:17: commercial.liabilityCap: give the liability cap as an amount or as a percent of the contract price, e.g. percent: 100
            {applies: true, percentPerWeek: 0.5, maxPercent: 5} | {applies: false, percentPerWeek: 0.5} | e.yaml:66:29: commercial.delayPenalties.applies: the penalties have a rate but applies is false; write applies: true, or remove the rate to state that no delay penalties apply
            {applies: true, percentPerWeek: 0.5, maxPercent: 5} | {applies: true, maxPercent: 5} | e.yaml:66:19: commercial.delayPenalties.percentPerWeek: delay penalties apply: give their rate per week, e.g. percentPerWeek: 0.5
            {applies: true, percentPerWeek: 0.5, maxPercent: 5} | {applies: true, percentPerWeek: 2, maxPercent: 1} | e.yaml:66:66: commercial.delayPenalties.maxPercent: the cap on delay penalties (1 %) is below one week's penalty (2 %)
            {personalData: true, clause: A processing agreement under GDPR Article 28 is signed with the order.} | {personalData: true} | e.yaml:65:19: commercial.dataProcessing.clause: personal data is handled: state the data-processing clause (e.g. a processing agreement under GDPR Article 28)
            {personalData: true, clause: A processing agreement under GDPR Article 28 is signed with the order.} | {clause: None.} | e.yaml:65:19: commercial.dataProcessing.personalData: say whether personal data is handled: personalData: true or false
            pricingModel: capped-time-and-materials | pricingModel: fixed-prize | e.yaml:56:17: commercial.pricingModel: 'fixed-prize' is not one of: fixed-price, time-and-materials, capped-time-and-materials, fixed-price-per-milestone
            paymentDays: 30 | paymentDays: 400 | e.yaml:60:16: commercial.paymentDays: payment terms beyond 365 days are not credible
            period: 3, unit: months | period: 0, unit: months | e.yaml:61:22: commercial.warranty.period: a warranty period is above zero
            period: 10, unit: working-days | period: 10, unit: fortnights | e.yaml:62:72: commercial.acceptance.unit: 'fortnights' is not one of: days, working-days, weeks, months, years
            {pricing: rate-card, | {pricing: hourly, | e.yaml:58:29: commercial.changeRequests.pricing: 'hourly' is not one of: rate-card, fixed-quote
            start: 2027-01-29 | start: 2027-01-30 | e.yaml:68:10: schedule.start: the schedule counts working days (Monday to Friday) but starts on a Saturday (2027-01-30); start on a working day
            calendar: working-days | calendar: business-days | e.yaml:69:13: schedule.calendar: 'business-days' is not one of: working-days, calendar-days
            '    - {group: design, duration: 3}\\n' | '' | e.yaml:52:43: milestones[0].opens: the schedule has no phase 'design' (known: build);; e.yaml:53:50: milestones[1].closes: the schedule has no phase 'design' (known: build);; e.yaml:71:44: schedule.phases[0].overlap: the first phase starts the project and follows no phase; remove the overlap
            {group: design, duration: 3} | {group: designs, duration: 3} | e.yaml:52:43: milestones[0].opens: the schedule has no phase 'design' (known: build, designs);; e.yaml:53:50: milestones[1].closes: the schedule has no phase 'design' (known: build, designs);; e.yaml:71:15: schedule.phases[0].group: there is no top-level group 'designs' to schedule (known: build, design)
            {group: build, teamSize: 2, overlap: 1} | {group: design, teamSize: 2, overlap: 1} | e.yaml:54:42: milestones[2].closes: the schedule has no phase 'build' (known: design);; e.yaml:72:15: schedule.phases[1].group: the group 'design' is scheduled twice; list each phase once
            {group: build, teamSize: 2, overlap: 1} | {group: build, teamSize: 2, duration: 4, overlap: 1} | e.yaml:72:7: schedule.phases[1]: give the phase either a duration or a team size to derive it from its effort, not both
            {group: build, teamSize: 2, overlap: 1} | {group: build, overlap: 1} | e.yaml:72:7: schedule.phases[1]: give the phase a duration (in days) or a team size to derive it from its effort
            {group: build, teamSize: 2, overlap: 1} | {group: build, teamSize: 2, after: launch} | e.yaml:72:42: schedule.phases[1].after: a phase follows a phase listed before it, and 'launch' is not one (known: design)
            {group: design, duration: 3} | {group: design, duration: 3, overlap: 2} | e.yaml:71:45: schedule.phases[0].overlap: the first phase starts the project and follows no phase; remove the overlap
            overlap: 1} | overlap: 4} | e.yaml:72:44: schedule.phases[1].overlap: an overlap of 4 days would start the phase before 'design' (3 days) starts
            {name: Go-live, percent: 40, closes: build} | {name: Go-live, percent: 40, closes: launch} | e.yaml:54:42: milestones[2].closes: the schedule has no phase 'launch' (known: build, design)
            {name: Signature, percent: 30, opens: design} | {name: Signature, percent: 30, opens: design, closes: design} | e.yaml:52:5: milestones[0]: a milestone falls due either when a phase closes or when one opens, not both
            {name: Signature, percent: 30, opens: design} | {name: Signature, percent: 30, closes: build} | e.yaml:53:5: milestones[1]: 'Design approved' falls due on 2027-02-02, before the milestone listed above it (2027-02-09); list the milestones in the order they fall due
            {group: design, duration: 3} | {group: design, duration: 20000} | e.yaml:71:33: schedule.phases[0].duration: a phase of more than 10000 days is not plausible
            {group: build, teamSize: 2, overlap: 1} | {group: build, teamSize: 0.0001, overlap: 1} | e.yaml:72:32: schedule.phases[1].teamSize: the effort (12.00 days) for a team of 0.0001 would last more than 10000 days; check the team size
            holidays: [2027-03-29] | holidays: [2027-01-29] | e.yaml:68:10: schedule.start: the schedule starts on a holiday (2027-01-29); start on a working day
            holidays: [2027-03-29] | holidays: [29/03/2027] | e.yaml:73:13: schedule.holidays: '29/03/2027' is not a date written as YYYY-MM-DD
            calendar: working-days | calendar: calendar-days | e.yaml:73:13: schedule.holidays: calendar days count every day, holidays too; use calendar: working-days to skip them
            contingencyBilling: on-approval | contingencyBilling: sometimes | e.yaml:59:23: commercial.contingencyBilling: 'sometimes' is not one of: included, on-approval
            """)
    void eachContradictionIsReportedWhereItIs(String from, String to, String expected) {
        String edited = from.replace("\\n", "\n");
        assertTrue(BASE.contains(edited), "the base file has no " + from);
        List<String> actual = problems(BASE.replace(edited, to.replace("\\n", "\n")));
        assertEquals(List.of(expected.split(";; ")), actual);
    }

    /** The base file without its payment milestones. */
    private static String withoutMilestones() {
        String block = BASE.substring(BASE.indexOf("milestones:"), BASE.indexOf("commercial:"));
        return BASE.replace(block, "");
    }

    @Test
    void aFixedPricePerMilestoneNeedsMilestones() {
        String yaml = withoutMilestones().replace("pricingModel: capped-time-and-materials\n  cap: 20000",
                "pricingModel: fixed-price-per-milestone");
        assertEquals(List.of("e.yaml:52:17: commercial.pricingModel: a fixed price per milestone needs the payment"
                + " milestones it fixes; list them under milestones"), problems(yaml));
    }

    @Test
    void aMilestoneTiedToAPhaseNeedsASchedule() {
        String yaml = BASE.substring(0, BASE.indexOf("schedule:"));
        assertEquals(List.of(
                "e.yaml:52:43: milestones[0].opens: there is no schedule to date this milestone by; add a schedule with its phases",
                "e.yaml:53:50: milestones[1].closes: there is no schedule to date this milestone by; add a schedule with its phases",
                "e.yaml:54:42: milestones[2].closes: there is no schedule to date this milestone by; add a schedule with its phases"),
                problems(yaml));
    }

    @Test
    void contingencyOnApprovalNeedsAContingency() {
        String yaml = BASE.replace("contingency: {method: percent, percent: 10, explanation: Covers the integration risk.}\n", "");
        assertEquals(List.of("e.yaml:58:23: commercial.contingencyBilling: there is no contingency to invoice on"
                + " approval; add a contingency or remove contingencyBilling"), problems(yaml));
    }

    @Test
    void anAlternativeAboveTheCapIsRefused() {
        String yaml = BASE.replace("schedule:", """
                alternatives:
                  - id: more
                    name: More backend
                    rationale: Everything the client asked for.
                    gains: Every feature.
                    givesUp: The budget.
                    changes:
                      - {action: quantity, item: B1, quantity: 20}
                schedule:""");
        // Build grows by 10 days × 800 = 8000: subtotal 21100, contingency 2110, net 23210, above the cap of 20000.
        assertEquals(List.of("e.yaml:68:5: alternatives[0]: with this alternative the price before tax (23210.00)"
                + " is above the cap (20000.00)"), problems(yaml));
    }
}
