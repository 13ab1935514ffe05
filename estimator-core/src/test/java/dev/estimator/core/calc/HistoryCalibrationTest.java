package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.priced;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.History;
import dev.estimator.core.model.PastProject;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.SimulationSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference-class cross-check, worked by hand. */
class HistoryCalibrationTest {

    private static PastProject project(String id, String estimated, String actual) {
        return new PastProject(id, "Project " + id, 2025, d(estimated), d(actual), null);
    }

    // Overruns by hand: (106000 − 100000) / 100000 = +6.00 %; (76800 − 80000) / 80000 = −4.00 %;
    // (59000 − 50000) / 50000 = +18.00 %; (41000 − 40000) / 40000 = +2.50 %; (31000 − 30000) / 30000 = +3.33 %.
    private static final PastProject P1 = project("P1", "100000", "106000");
    private static final PastProject P2 = project("P2", "80000", "76800");
    private static final PastProject P3 = project("P3", "50000", "59000");
    private static final PastProject P5 = project("P5", "40000", "41000");
    private static final PastProject THIRD = project("P7", "30000", "31000");

    @Test
    void eachOverrunIsActualLessEstimatedOverEstimatedAndTheMedianIsTheMiddleOne() {
        HistoryCalibration odd = HistoryCalibration.of(new History(List.of(P1, P2, P5), null)).orElseThrow();
        assertEquals(List.of(d("6.00"), d("-4.00"), d("2.50")),
                odd.overruns().stream().map(HistoryCalibration.Overrun::percent).toList());
        assertEquals(d("2.50"), odd.median());      // −4.00, 2.50, 6.00
        assertEquals(d("-4.00"), odd.lowest());
        assertEquals(d("6.00"), odd.highest());
        assertEquals(3, odd.projects());
        assertFalse(odd.appliedToSimulation());
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        HistoryCalibration even = HistoryCalibration.of(new History(List.of(P1, P2, P3, P5), true)).orElseThrow();
        assertEquals(d("4.25"), even.median());     // −4.00, 2.50, 6.00, 18.00: (2.50 + 6.00) / 2
        assertEquals(d("18.00"), even.highest());
        assertTrue(even.appliedToSimulation());
        assertEquals(d("3.33"), HistoryCalibration.of(new History(List.of(THIRD), null)).orElseThrow().median());
    }

    /**
     * The Italian sample's six migrations, by hand: 42900/38000 → +12.89 %, 61900/58400 → +5.99 %,
     * 79200/72000 → +10.00 %, 44100/45500 → −3.08 %, 70800/66800 → +5.99 %, 55600/51000 → +9.02 %;
     * sorted −3.08, 5.99, 5.99, 9.02, 10.00, 12.89: median (5.99 + 9.02) / 2 = 7.505 → +7.51 %.
     */
    @Test
    void theItalianSamplesMigrationsFinishedAtAMedianOfSevenAndAHalfPercentOver() {
        Estimate sample = dev.estimator.core.format.EstimateFiles.load(dev.estimator.core.Estimates.repositoryRoot()
                .resolve("samples/gestionale-migrazione-it.yaml")).orThrow();
        HistoryCalibration calibration = EstimateCalculator.calculate(sample).calibration().orElseThrow();
        assertEquals(6, calibration.projects());
        assertEquals(List.of(d("12.89"), d("5.99"), d("10.00"), d("-3.08"), d("5.99"), d("9.02")),
                calibration.overruns().stream().map(HistoryCalibration.Overrun::percent).toList());
        assertEquals(d("7.51"), calibration.median());
        assertEquals(d("-3.08"), calibration.lowest());
        assertEquals(d("12.89"), calibration.highest());
        assertFalse(calibration.appliedToSimulation());
    }

    @Test
    void noProjectsNoCalibration() {
        assertEquals(Optional.empty(), HistoryCalibration.of(null));
        assertEquals(Optional.empty(), HistoryCalibration.of(new History(List.of(), true)));
    }

    @Test
    void appliedToTheSimulationEveryOutcomeIsScaledByAPastProjectsRatio() {
        Estimate fixed = withItems("EUR", rateCard("800", null, RatePeriod.DAY), priced("H", "2", "1500"));
        Estimate calibrated = new Estimate(fixed.header(), fixed.rateCard(), fixed.breakdown(), null, null, null, null,
                null, null, null, null, null, null, null, null, new SimulationSettings(10_000, null, null),
                new History(List.of(project("P", "100", "110")), true));
        EstimateTotals totals = EstimateCalculator.calculate(calibrated);
        assertEquals(d("3000.00"), totals.grandTotal(), "the calibration never changes the quote by itself");
        assertEquals(d("3300.00"), totals.simulation().p10());   // 3000 × 110 / 100
        assertEquals(d("3300.00"), totals.simulation().p90());
        assertTrue(totals.simulation().includesHistory());
        assertEquals(d("10.00"), totals.calibration().orElseThrow().median());

        Estimate twoWays = new Estimate(fixed.header(), fixed.rateCard(), fixed.breakdown(), null, null, null, null,
                null, null, null, null, null, null, null, null, new SimulationSettings(10_000, null, null),
                new History(List.of(project("A", "100", "100"), project("B", "100", "120")), true));
        SimulationResult both = EstimateCalculator.calculate(twoWays).simulation();
        assertEquals(d("3000.00"), both.p10());
        assertEquals(d("3600.00"), both.p90());
        BigDecimal half = both.quotedConfidence();
        assertTrue(half.compareTo(d("48")) > 0 && half.compareTo(d("52")) < 0, half.toPlainString());

        Estimate notApplied = new Estimate(fixed.header(), fixed.rateCard(), fixed.breakdown(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, new History(List.of(project("B", "100", "120")), false));
        assertEquals(d("3000.00"), EstimateCalculator.calculate(notApplied).simulation().p90());
        assertFalse(EstimateCalculator.calculate(notApplied).simulation().includesHistory());
    }
}
