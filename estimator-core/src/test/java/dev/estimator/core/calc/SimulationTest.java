package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.priced;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import dev.estimator.core.simulation.MonteCarlo;
import dev.estimator.core.simulation.SimulatedOutcomes;
import dev.estimator.core.simulation.SimulationModel;
import dev.estimator.core.simulation.UncertainAmount;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** The simulation as the calculator runs it: outcomes carried through the price chain, contingency, tornado. */
class SimulationTest {

    private static final int TRIALS = 20_000;

    /** Build 8 / 10 / 15 days at 800 (amount 8400.00: 10.50 days), fixed hardware 2 × 1500, 5 % discount, 22 % VAT. */
    private static Estimate estimate(Contingency contingency, List<Risk> risks, SimulationSettings settings) {
        Estimate base = withItems("EUR", rateCard("800", null, RatePeriod.DAY),
                labour("L", Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS), priced("H", "2", "1500"));
        return new Estimate(base.header(), base.rateCard(), base.breakdown(), null, null, risks, contingency,
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Loyalty.", d("5"), null)),
                new Tax("VAT", d("22")), null, null, null, null, null, null, settings, null);
    }

    private static SimulationSettings trials(int trials) {
        return new SimulationSettings(trials, 7L, null);
    }

    private static Risk risk(String probability, String low, String high, List<String> coveredBy) {
        return new Risk("R", "Something happens.", d(probability), new CostRange(d(low), d(high)), null, null, coveredBy);
    }

    /** The outcome chain by hand: no contingency, 5 % discount, 22 % VAT, each rounded once. */
    private static BigDecimal outcomeTotal(BigDecimal subtotal) {
        BigDecimal net = subtotal.subtract(subtotal.multiply(d("0.05")).setScale(2, RoundingPolicy.MODE));
        return net.add(net.multiply(d("0.22")).setScale(2, RoundingPolicy.MODE));
    }

    @Test
    void aSimulationContingencyIsExactlyTheOutcomeAtItsConfidenceLessTheBase() {
        EstimateTotals totals = EstimateCalculator.calculate(estimate(
                Contingency.simulated(80, "Brings the price to P80."), List.of(), trials(TRIALS)));
        // The same draws, described to the engine by hand: 800 × 8 − 8400 = −2000, span 800 × 7, mode 2/7.
        SimulatedOutcomes outcomes = MonteCarlo.run(new SimulationModel(
                List.of(new UncertainAmount("L", -2000, 5600, 2 / 7.0, -1)), List.of(), List.of(), TRIALS, 7), 1);
        BigDecimal p80Subtotal = d("11400.00").add(BigDecimal.valueOf(outcomes.percentile(80))).setScale(2, RoundingPolicy.MODE);
        assertEquals(p80Subtotal.subtract(d("11400.00")), totals.contingency());
        SimulationResult simulation = totals.simulation();
        assertEquals(new Percentile(80, p80Subtotal, outcomeTotal(p80Subtotal)), simulation.budget());
        assertEquals(simulation.budget().total(), totals.grandTotal(), "the quoted price is the budget figure");
        assertEquals(simulation.p80(), totals.grandTotal());
        BigDecimal quoted = simulation.quotedConfidence();
        assertTrue(quoted.compareTo(d("80")) >= 0 && quoted.compareTo(d("80.5")) < 0, "quoted price suffices in " + quoted);
        assertEquals(outcomeTotal(d("11400.00")), simulation.baseTotal());
    }

    @Test
    void aSimulationContingencyIsNeverNegative() {
        EstimateTotals totals = EstimateCalculator.calculate(estimate(
                Contingency.simulated(5, "Low."), List.of(), trials(TRIALS)));
        assertEquals(d("0.00"), totals.contingency());
    }

    @Test
    void aRiskWithProbabilityZeroChangesNothing() {
        SimulationResult without = EstimateCalculator.calculate(estimate(null, List.of(), trials(TRIALS))).simulation();
        SimulationResult never = EstimateCalculator.calculate(
                estimate(null, List.of(risk("0", "1000", "2000", null)), trials(TRIALS))).simulation();
        assertEquals(without.percentiles(), never.percentiles());
        assertEquals(without.quotedConfidence(), never.quotedConfidence());
        assertEquals(List.of("R"), never.simulatedRisks());
    }

    @Test
    void aRiskWithProbabilityHundredAlwaysAddsItsImpact() {
        Estimate onlyFixed = withItems("EUR", rateCard("800", null, RatePeriod.DAY), priced("H", "2", "1500"));
        Estimate always = new Estimate(onlyFixed.header(), onlyFixed.rateCard(), onlyFixed.breakdown(), null, null,
                List.of(risk("100", "1000", "1000", null)), null, null, null, null, null, null, null, null, null, trials(TRIALS), null);
        SimulationResult result = EstimateCalculator.calculate(always).simulation();
        for (Percentile p : result.percentiles()) {
            assertEquals(d("4000.00"), p.total(), "P" + p.percent());
        }
        assertEquals(d("0.00"), result.quotedConfidence(), "a quote of 3000 never covers a certain 1000 on top");
        SimulationResult none = EstimateCalculator.calculate(onlyFixed).simulation();
        assertEquals(d("3000.00"), none.p90());
        assertEquals(d("100.00"), none.quotedConfidence());
    }

    @Test
    void aRiskCoveredByAnItemsRangeIsNotDrawnAgain() {
        SimulationResult without = EstimateCalculator.calculate(estimate(null, List.of(), trials(TRIALS))).simulation();
        SimulationResult covered = EstimateCalculator.calculate(
                estimate(null, List.of(risk("100", "1000", "2000", List.of("L"))), trials(TRIALS))).simulation();
        assertEquals(without.percentiles(), covered.percentiles());
        assertEquals(List.of("R"), covered.coveredRisks());
        assertEquals(List.of(), covered.simulatedRisks());
    }

    @Test
    void percentContingencyIsQuotedAboveTheOutcomesItCovers() {
        EstimateTotals totals = EstimateCalculator.calculate(estimate(
                new Contingency(ContingencyMethod.PERCENT, d("10"), null, "Ten percent."), List.of(), trials(TRIALS)));
        SimulationResult simulation = totals.simulation();
        assertEquals(SimulationResult.DEFAULT_CONFIDENCE, simulation.budget().percent());
        assertEquals(totals.grandTotal(), simulation.quotedTotal());
        assertEquals(outcomeTotal(d("11400.00")), simulation.baseTotal(), "outcomes carry no contingency");
        assertEquals(19, simulation.percentiles().size());
        for (int i = 1; i < simulation.percentiles().size(); i++) {
            assertTrue(simulation.percentiles().get(i).total().compareTo(simulation.percentiles().get(i - 1).total()) >= 0);
        }
    }

    @Test
    void theTornadoPutsEachInputAtItsP10AndP90WithTheOthersAtBase() {
        SimulationResult result = EstimateCalculator.calculate(
                estimate(null, List.of(risk("50", "1000", "3000", null)), trials(TRIALS))).simulation();
        assertEquals(List.of("L", "R"), result.tornado().stream().map(TornadoBar::inputId).toList());
        BetaDistribution pert = BetaDistribution.of(1 + 4 * 2 / 7.0, 1 + 4 * 5 / 7.0);
        TornadoBar item = result.tornado().getFirst();
        BigDecimal low = d("11400.00").add(BigDecimal.valueOf(-2000 + 5600 * pert.inverseCumulativeProbability(0.1)))
                .setScale(2, RoundingPolicy.MODE);
        assertEquals(outcomeTotal(low), item.low());
        assertEquals(item.high().subtract(item.low()), item.swing());
        // The risk at P10 does not happen; at P90 it happens, 80 % of the way up its impact range: 2600.
        TornadoBar risk = result.tornado().get(1);
        assertEquals(TornadoBar.Kind.RISK, risk.kind());
        assertEquals(outcomeTotal(d("11400.00")), risk.low());
        assertEquals(outcomeTotal(d("14000.00")), risk.high());
    }

    @Test
    void correlatedItemsWidenTheRangeAndTheResultIsTheSameOnAnyThreadCount() {
        LineItem a = labour("A", Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS);
        LineItem b = labour("B", Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS);
        Estimate independent = withItems("EUR", rateCard("800", null, RatePeriod.DAY), a, b);
        Estimate correlated = new Estimate(independent.header(), independent.rateCard(), independent.breakdown(), null,
                null, null, null, null, null, null, null, null, null, null, null, new SimulationSettings(TRIALS, null,
                List.of(new CorrelationGroup(List.of("A", "B"), d("0.8"), "Same team."))), null);
        SimulationResult apart = EstimateCalculator.calculate(independent).simulation();
        SimulationResult together = EstimateCalculator.calculate(correlated).simulation();
        assertTrue(together.p90().subtract(together.p10()).compareTo(apart.p90().subtract(apart.p10())) > 0);
        RoundingPolicy eur = RoundingPolicy.of(java.util.Currency.getInstance("EUR"));
        EstimateTotals totals = EstimateCalculator.calculate(correlated);
        SimulationResult one = RiskSimulation.run(correlated, eur, totals.items(), totals.subtotal(), 1, new Remembered<>())
                .result(totals.grandTotal());
        SimulationResult two = RiskSimulation.run(correlated, eur, totals.items(), totals.subtotal(), 2, new Remembered<>())
                .result(totals.grandTotal());
        assertEquals(one, two);
        assertEquals(together, one);
        assertEquals(SimulationSettings.DEFAULT_SEED, one.seed());
    }

    /** The English sample sets its contingency by simulation: its quote is its P80, to the cent, by the rules above. */
    @Test
    void theSampleWithASimulationContingencyQuotesItsBudgetFigure() {
        Estimate sample = dev.estimator.core.format.EstimateFiles.load(
                dev.estimator.core.Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml")).orThrow();
        assertEquals(ContingencyMethod.SIMULATION, sample.contingency().method());
        EstimateTotals totals = EstimateCalculator.calculate(sample);
        SimulationResult simulation = totals.simulation();
        assertEquals(80, simulation.budget().percent());
        assertEquals(simulation.budget().subtotal().subtract(totals.subtotal()), totals.contingency());
        assertEquals(simulation.budget().total(), totals.grandTotal());
        assertEquals(List.of("R2"), simulation.coveredRisks());
        assertTrue(simulation.quotedConfidence().compareTo(d("80")) >= 0
                && simulation.quotedConfidence().compareTo(d("80.01")) < 0, simulation.quotedConfidence().toPlainString());
    }

    @Test
    void everyAlternativeIsSimulatedToo() {
        EstimateTotals totals = EstimateCalculator.calculate(estimate(null, List.of(), trials(TRIALS))
                .withAlternatives(List.of(new dev.estimator.core.model.Alternative("less", "Less", "Why", "Gains",
                        "Gives up", null, List.of(new dev.estimator.core.model.Change.Drop("L"))))));
        SimulationResult less = totals.alternatives().getFirst().totals().simulation();
        assertEquals(List.of(), less.uncertainItems());
        assertEquals(less.p10(), less.p90());
    }
}
