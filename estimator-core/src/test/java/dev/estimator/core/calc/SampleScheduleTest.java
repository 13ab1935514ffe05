package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.PricingModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample states its commercial terms and a schedule, and its payments are dated in order. */
class SampleScheduleTest {

    static List<Path> samples() {
        return Estimates.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleHasTermsAndADatedScheduleInOrder(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        assertNotNull(estimate.commercial(), file + " has no commercial section");
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        ProjectSchedule schedule = totals.schedule().orElseThrow();
        assertEquals(estimate.breakdown().size(), schedule.phases().size(), "every top-level group is a phase");
        LocalDate previous = schedule.start();
        for (ScheduledPayment payment : schedule.payments()) {
            assertNotNull(payment.due(), payment.payment().milestone().name() + " has no date");
            assertFalse(payment.due().isBefore(previous));
            assertFalse(payment.due().isAfter(schedule.end()));
            previous = payment.due();
        }
        assertEquals(totals.milestones(), schedule.payments().stream().map(ScheduledPayment::payment).toList());
    }

    @Test
    void theSamplesShowFixedPriceAndTimeAndMaterials() {
        Set<PricingModel> models = samples().stream().map(f -> EstimateFiles.load(f).orThrow().commercial().pricingModel())
                .collect(Collectors.toSet());
        assertTrue(models.containsAll(Set.of(PricingModel.FIXED_PRICE, PricingModel.TIME_AND_MATERIALS)), models.toString());
    }

    /**
     * The English sample, worked by hand (working days): discovery 30 days from Monday 1 February 2027 is
     * six weeks, to Friday 12 March; build, 56.00 days for 2, is 28 days from Monday 15 March: five weeks to
     * Friday 16 April and three days more, Wednesday 21 April; data (10.33 days, 1 person: 11) runs beside it
     * from 15 to 29 March; testing (18.21 days for 2: 10) from Thursday 22 April to Wednesday 5 May;
     * management spans the 68 days from 1 February to 5 May.
     */
    @Test
    void theEnglishSampleIsDatedAsWorkedByHand() {
        Path file = Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml");
        ProjectSchedule schedule = EstimateCalculator.calculate(EstimateFiles.load(file).orThrow()).schedule()
                .orElseThrow();
        assertEquals(List.of(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 4, 21), LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 5)),
                schedule.phases().stream().map(PhaseDates::end).toList());
        assertEquals(LocalDate.of(2027, 5, 5), schedule.end());
        // Signature at the start, design approval at the end of discovery, acceptance testing when it opens,
        // go-live at the end; each paid 30 days later.
        assertEquals(List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 4, 22),
                        LocalDate.of(2027, 5, 5)),
                schedule.payments().stream().map(ScheduledPayment::due).toList());
        assertEquals(LocalDate.of(2027, 6, 4), schedule.payments().getLast().payBy());
    }
}
