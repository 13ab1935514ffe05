package dev.estimator.core.calc;

import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.History;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.simulation.MonteCarlo;
import dev.estimator.core.simulation.RiskEvent;
import dev.estimator.core.simulation.SimulatedOutcomes;
import dev.estimator.core.simulation.SimulationModel;
import dev.estimator.core.simulation.UncertainAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulation of one estimate (the baseline or an alternative): describes its items and risks
 * to the {@link MonteCarlo} engine as deviations from the base subtotal, and turns the outcomes
 * back into exact figures. The engine works in {@code double}; every figure leaving this class is
 * rounded by the estimate's {@link RoundingPolicy} and carried through the price chain by the
 * calculator's own rules.
 */
final class RiskSimulation {

    private static final double P10 = 0.10;
    private static final double P90 = 0.90;

    private final Estimate estimate;
    private final RoundingPolicy rounding;
    private final BigDecimal subtotal;
    private final SimulationModel model;
    private final int threads;
    /** Simulated when first needed, so that the caller can start other work once the inputs are remembered. */
    private SimulatedOutcomes outcomes;
    private final List<String> coveredRisks;
    /** The outcome chain: adjustments and tax, no contingency. */
    private final Estimate withoutContingency;

    private RiskSimulation(Estimate estimate, RoundingPolicy rounding, BigDecimal subtotal, SimulationModel model,
                           List<String> coveredRisks, int threads) {
        this.estimate = estimate;
        this.rounding = rounding;
        this.subtotal = subtotal;
        this.model = model;
        this.coveredRisks = List.copyOf(coveredRisks);
        this.threads = threads;
        this.withoutContingency = estimate.withContingency(null);
    }

    /**
     * The simulation of {@code estimate} priced as {@code items}. {@code known} keeps each item's
     * input by its total (an item priced again in a series of variants keeps its total instance),
     * so that a series does not work out the same 10,000 inputs for every variant.
     */
    static RiskSimulation run(Estimate estimate, RoundingPolicy rounding, Map<String, ItemTotal> items,
                              BigDecimal subtotal, int threads, Remembered<ItemTotal, UncertainAmount> known) {
        SimulationSettings settings = estimate.effectiveSimulation();
        Map<String, Integer> groupOf = new HashMap<>();
        List<Double> coefficients = new ArrayList<>();
        for (CorrelationGroup group : settings.correlations()) {
            int index = coefficients.size();
            coefficients.add(group.coefficient().doubleValue());
            group.items().forEach(id -> groupOf.putIfAbsent(id, index));
        }
        List<UncertainAmount> amounts = amounts(estimate.allItems().toList(), items, groupOf, known, threads);
        List<RiskEvent> events = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Risk risk : estimate.risks()) {
            if (risk.coveredBy().stream().anyMatch(items::containsKey)) {
                covered.add(risk.id());
            } else {
                events.add(new RiskEvent(risk.id(), risk.probability().movePointLeft(2).doubleValue(),
                        risk.impact().low().doubleValue(), risk.impact().high().doubleValue()));
            }
        }
        History history = estimate.history();
        List<Double> ratios = history == null || !history.appliedToSimulation() ? List.of()
                : history.allProjects().stream()
                        .map(p -> p.actual().divide(p.estimated(), java.math.MathContext.DECIMAL64).doubleValue()).toList();
        SimulationModel model = new SimulationModel(amounts, events, coefficients,
                settings.effectiveTrials(MonteCarlo.drawsPerTrial(amounts, events.size())), settings.effectiveSeed(),
                subtotal.doubleValue(), ratios);
        return new RiskSimulation(estimate, rounding, subtotal, model, covered, threads);
    }

    /**
     * The input of each three-point item of {@code all}, in order, remembered in {@code known} by its
     * total. The inputs are drafted reading {@code known} only (from {@link
     * EstimateCalculator#PRICED_IN_HALVES_FROM} items on, with two threads, in two halves side by
     * side); then, on this thread and in order, each new one is checked against {@code known} as it
     * stands and remembered, exactly as if each were looked up and remembered in turn: an item whose
     * id is listed twice takes the input of its first listing.
     */
    private static List<UncertainAmount> amounts(List<LineItem> all, Map<String, ItemTotal> items,
                                                 Map<String, Integer> groupOf,
                                                 Remembered<ItemTotal, UncertainAmount> known, int threads) {
        int count = all.size();
        ItemTotal[] totals = new ItemTotal[count];
        UncertainAmount[] drafts = new UncertainAmount[count];
        boolean[] anew = new boolean[count];
        dev.estimator.core.concurrent.Futures.inHalves("estimator-simulation-inputs", count,
                threads >= 2 && count >= EstimateCalculator.PRICED_IN_HALVES_FROM,
                (from, to) -> drafts(all, from, to, items, groupOf, known, totals, drafts, anew));
        List<UncertainAmount> amounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UncertainAmount amount = drafts[i];
            if (amount == null) {
                continue;
            }
            // A draft found in known stays as it is: nothing put below is put for its total (the
            // same id has the same correlation group). A new one may meet an earlier listing of its id.
            if (anew[i]) {
                UncertainAmount earlier = known.get(totals[i]);
                if (earlier != null && earlier.group() == amount.group()) {
                    amount = earlier;
                } else {
                    known.put(totals[i], amount);
                }
            }
            amounts.add(amount);
        }
        return amounts;
    }

    /**
     * For the items of {@code all} from {@code from} to {@code to}: each three-point item's total and
     * its input, the one in {@code known} when its correlation group is the same, else a new one
     * (marked {@code anew}). Only reads {@code known}.
     */
    private static void drafts(List<LineItem> all, int from, int to, Map<String, ItemTotal> items,
                               Map<String, Integer> groupOf, Remembered<ItemTotal, UncertainAmount> known,
                               ItemTotal[] totals, UncertainAmount[] drafts, boolean[] anew) {
        for (int i = from; i < to; i++) {
            LineItem item = all.get(i);
            if (item.quantity() instanceof Quantity.ThreePoint tp) {
                ItemTotal total = items.get(item.id());
                int group = groupOf.getOrDefault(item.id(), -1);
                UncertainAmount amount = known.get(total);
                if (amount == null || amount.group() != group) {
                    amount = amount(item.id(), tp, total, group);
                    anew[i] = true;
                }
                totals[i] = total;
                drafts[i] = amount;
            }
        }
    }

    /**
     * An item as {@code offset + span × X}, centred on its priced quantity: {@code span = rate × (P − O)}
     * and {@code offset = −span × E[X]}, so its deviation {@code rate × (P − O) × (X − E[X])} has mean 0.
     * The priced quantity is the PERT mean rounded to 2 decimals; counting the draws from the exact mean
     * instead would add that rounding to every item's deviation, and over many items it outweighs the
     * spread itself (100,000 items of 3 / 4 / 6 days, each priced 0.0033 days above its mean).
     */
    private static UncertainAmount amount(String id, Quantity.ThreePoint tp, ItemTotal total, int group) {
        BigDecimal range = tp.pessimistic().subtract(tp.optimistic());
        double mode = range.signum() == 0 ? 0 : tp.mostLikely().subtract(tp.optimistic()).doubleValue()
                / range.doubleValue();
        mode = Math.min(1, Math.max(0, mode));
        double span = total.rate().multiply(range).doubleValue();
        return new UncertainAmount(id, -span * (1 + 4 * mode) / 6, span, mode, group);
    }

    private SimulatedOutcomes outcomes() {
        if (outcomes == null) {
            outcomes = MonteCarlo.run(model, threads);
        }
        return outcomes;
    }

    /** The outcome subtotal at {@code percent} %, rounded. */
    BigDecimal subtotalAt(int percent) {
        return atDeviation(outcomes().percentile(percent));
    }

    /**
     * The estimate to price: a {@code simulation} contingency becomes the amount it comes to, the
     * outcome subtotal at its confidence less the base subtotal (never below zero), so that every
     * scenario then carries it like a stated amount.
     */
    Estimate resolveContingency() {
        Contingency contingency = estimate.contingency();
        if (contingency == null || contingency.method() != ContingencyMethod.SIMULATION) {
            return estimate;
        }
        BigDecimal amount = subtotalAt(contingency.confidence()).subtract(subtotal).max(rounding.zero());
        return estimate.withContingency(new Contingency(ContingencyMethod.AMOUNT, null, amount,
                contingency.explanation(), contingency.confidence()));
    }

    /** The result, given the grand total actually quoted (contingency included). */
    SimulationResult result(BigDecimal quotedTotal) {
        List<Percentile> curve = new ArrayList<>();
        for (int percent = SimulationResult.CURVE_STEP; percent < 100; percent += SimulationResult.CURVE_STEP) {
            curve.add(percentile(percent));
        }
        Contingency contingency = estimate.contingency();
        int confidence = contingency != null && contingency.method() == ContingencyMethod.SIMULATION
                ? contingency.confidence() : SimulationResult.DEFAULT_CONFIDENCE;
        int covering = trialsAtOrBelow(quotedTotal);
        return new SimulationResult(model.trials(), model.seed(), outcomeTotal(subtotal),
                outcomeTotal(atDeviation(outcomes().mean())), curve, percentile(confidence), quotedTotal,
                RoundingPolicy.percentage(BigDecimal.valueOf(covering), BigDecimal.valueOf(model.trials())),
                tornado(), model.amounts().stream().filter(a -> a.span() > 0).map(UncertainAmount::id).toList(),
                model.risks().stream().map(RiskEvent::id).toList(), coveredRisks, !model.ratios().isEmpty());
    }

    private Percentile percentile(int percent) {
        BigDecimal at = subtotalAt(percent);
        return new Percentile(percent, at, outcomeTotal(at));
    }

    /** How many outcomes' grand totals are at or below {@code total}; the price chain never falls as the subtotal rises. */
    private int trialsAtOrBelow(BigDecimal total) {
        int low = 0;
        int high = outcomes().trials();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (outcomeTotal(atDeviation(outcomes().get(mid))).compareTo(total) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private List<TornadoBar> tornado() {
        List<TornadoBar> bars = new ArrayList<>();
        // Items of one shape have the same bar: its two exact beta quantiles, two pricings and swing
        // are worked out once per shape (a generated estimate of 100,000 copies has one shape). Such
        // items usually come one after another: a run of them is not looked up item by item.
        Map<UncertainAmount.Shape, TornadoBar> byShape = new HashMap<>();
        UncertainAmount.Shape runOf = null;
        TornadoBar run = null;
        for (UncertainAmount amount : model.amounts()) {
            if (amount.span() > 0) {
                if (runOf == null || !runOf.matches(amount)) {
                    runOf = amount.shape();
                    run = byShape.computeIfAbsent(runOf, shape -> bar(amount.id(), TornadoBar.Kind.ITEM,
                            amount.quantile(P10), amount.quantile(P90)));
                }
                if (run.swing().signum() > 0) {
                    bars.add(new TornadoBar(amount.id(), TornadoBar.Kind.ITEM, run.low(), run.high(), run.swing()));
                }
            }
        }
        for (RiskEvent risk : model.risks()) {
            TornadoBar bar = bar(risk.id(), TornadoBar.Kind.RISK, risk.quantile(P10), risk.quantile(P90));
            if (bar.swing().signum() > 0) {
                bars.add(bar);
            }
        }
        // Stable: bars of one swing keep the inputs' order.
        bars.sort(Comparator.comparing(TornadoBar::swing).reversed());
        return bars;
    }

    private TornadoBar bar(String id, TornadoBar.Kind kind, double low, double high) {
        BigDecimal lowTotal = outcomeTotal(atDeviation(low));
        BigDecimal highTotal = outcomeTotal(atDeviation(high));
        return new TornadoBar(id, kind, lowTotal, highTotal, highTotal.subtract(lowTotal));
    }

    private BigDecimal atDeviation(double deviation) {
        return rounding.money(subtotal.add(BigDecimal.valueOf(deviation)));
    }

    /** An outcome subtotal carried through adjustments and tax: no contingency on top of an outcome. */
    private BigDecimal outcomeTotal(BigDecimal outcomeSubtotal) {
        return EstimateCalculator.tail(withoutContingency, rounding, outcomeSubtotal, List.of()).total();
    }
}
