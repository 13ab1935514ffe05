package dev.estimator.export.document;

import dev.estimator.core.calc.Percentile;
import dev.estimator.core.calc.SimulationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The S-curve of a simulation as a {@link Block.CurveChart}: the simulated grand total at every
 * {@value SimulationResult#CURVE_STEP} % of confidence, with the quoted price and the budget figure
 * marked on it, every figure the calculator's, phrased for a reader who has never seen one ("80 %
 * chance the final price is at or below €…").
 */
final class SCurve {

    /** The confidence levels whose totals label the price axis and the description. */
    private static final int[] READ_AT = {10, 50, 80, 90};
    private static final int[] VALUE_TICKS = {10, 50, 90};
    private static final int[] CHANCE_TICKS = {0, 25, 50, 75, 100};

    private SCurve() {
    }

    static Block.CurveChart of(Phrasing p, SimulationResult simulation) {
        List<Block.CurvePoint> points = simulation.percentiles().stream().map(level -> point(p, level)).toList();
        List<Block.CurvePoint> valueTicks = new ArrayList<>();
        for (int level : VALUE_TICKS) {
            valueTicks.add(point(p, simulation.percentile(level)));
        }
        List<Block.CurvePoint> chanceTicks = new ArrayList<>();
        for (int chance : CHANCE_TICKS) {
            BigDecimal percent = BigDecimal.valueOf(chance);
            chanceTicks.add(new Block.CurvePoint(percent, percent, "", p.percent(percent)));
        }
        Block.CurvePoint quoted = new Block.CurvePoint(simulation.quotedTotal(), simulation.quotedConfidence(),
                p.amount(simulation.quotedTotal()), p.share(simulation.quotedConfidence()));
        Block.CurvePoint budget = point(p, simulation.budget());
        List<Block.CurveMark> marks = List.of(
                mark(p, p.text("simulation.curveQuoted"), quoted),
                mark(p, p.text("simulation.curveBudget", budget.percentText()), budget));
        List<String> lines = new ArrayList<>();
        lines.add(p.text("simulation.curve"));
        for (int level : READ_AT) {
            Block.CurvePoint point = point(p, simulation.percentile(level));
            lines.add(p.text("simulation.curveReading", point.percentText(), point.valueText()));
        }
        marks.forEach(mark -> lines.add(mark.text()));
        return new Block.CurveChart(p.text("simulation.curve"), String.join("\n", lines),
                p.text("simulation.curveValueAxis"), p.text("simulation.curveChanceAxis"), points, valueTicks,
                chanceTicks, marks);
    }

    private static Block.CurvePoint point(Phrasing p, Percentile level) {
        BigDecimal percent = BigDecimal.valueOf(level.percent());
        return new Block.CurvePoint(level.total(), percent, p.amount(level.total()), p.percent(percent));
    }

    private static Block.CurveMark mark(Phrasing p, String label, Block.CurvePoint point) {
        return new Block.CurveMark(label, point,
                p.text("simulation.curveMark", label, point.valueText(), point.percentText()));
    }
}
