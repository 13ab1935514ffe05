package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the Monte Carlo simulation of an estimate found, every figure exact and rounded to the
 * currency like the rest of the totals. The method is in {@code docs/calculation.md}: each outcome is
 * the base subtotal plus one draw of every three-point item (PERT-beta) and of every risk not
 * covered by items' ranges, carried through adjustments and tax; contingency is not added to an
 * outcome, which already contains the uncertainty contingency stands for. Failed assumptions are
 * not simulated: their prices are stated separately.
 *
 * @param trials             how many outcomes were simulated
 * @param seed               the generator's seed: the same estimate and seed give the same result
 * @param baseTotal          the grand total with every item at its priced quantity, no risk
 *                           happening and no contingency: where every deviation is counted from
 * @param mean               the grand total at the mean outcome
 * @param percentiles        the S-curve: P5, P10, ..., P95
 * @param budget             the recommended budget figure: the outcome at the contingency's
 *                           confidence for a {@code simulation} contingency, else at
 *                           {@value #DEFAULT_CONFIDENCE} %
 * @param quotedTotal        the quoted grand total (contingency included)
 * @param quotedConfidence   the share of outcomes at or below the quoted total, in percent with
 *                           two decimals: the chance the quoted price suffices
 * @param tornado            the inputs that move the total most, largest swing first (inputs
 *                           that cannot move it are left out)
 * @param uncertainItems     the ids of the line items drawn from a range (three-point, P above O)
 * @param simulatedRisks     the ids of the risks drawn as events
 * @param coveredRisks       the ids of the risks left out because items' ranges already cover them
 * @param includesHistory    whether each outcome was also scaled by a past project's actual ÷
 *                           estimated ratio (the estimate's {@code history.applyToSimulation})
 */
public record SimulationResult(int trials, long seed, BigDecimal baseTotal, BigDecimal mean,
                               List<Percentile> percentiles, Percentile budget, BigDecimal quotedTotal,
                               BigDecimal quotedConfidence, List<TornadoBar> tornado, List<String> uncertainItems,
                               List<String> simulatedRisks, List<String> coveredRisks, boolean includesHistory) {

    /** The confidence of the budget figure unless a {@code simulation} contingency states one. */
    public static final int DEFAULT_CONFIDENCE = 80;
    /** The S-curve's step, in percent. */
    public static final int CURVE_STEP = 5;

    public SimulationResult {
        percentiles = List.copyOf(percentiles);
        tornado = List.copyOf(tornado);
        uncertainItems = List.copyOf(uncertainItems);
        simulatedRisks = List.copyOf(simulatedRisks);
        coveredRisks = List.copyOf(coveredRisks);
    }

    /** The S-curve's point at {@code percent} (a multiple of {@value #CURVE_STEP}, or the budget's confidence). */
    public Percentile percentile(int percent) {
        if (budget.percent() == percent) {
            return budget;
        }
        return percentiles.stream().filter(p -> p.percent() == percent).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated P" + percent
                        + "; the S-curve has every " + CURVE_STEP + " %"));
    }

    /** The grand total at P10: one outcome in ten costs less. */
    public BigDecimal p10() {
        return percentile(10).total();
    }

    /** The grand total at P50: the median outcome. */
    public BigDecimal p50() {
        return percentile(50).total();
    }

    /** The grand total at P80: four outcomes in five cost at most this. */
    public BigDecimal p80() {
        return percentile(80).total();
    }

    /** The grand total at P90: nine outcomes in ten cost at most this. */
    public BigDecimal p90() {
        return percentile(90).total();
    }
}
