package dev.estimator.export.xlsx;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The full price chain (contingency, adjustments, tax) of the range's three scenarios, which the
 * workbook shows line by line but {@code TotalRange} only gives as totals. Each scenario is
 * expressed as an estimate and totalled by the calculator itself, so there is one set of rules:
 * the optimistic (pessimistic) scenario puts every three-point quantity at its optimistic
 * (pessimistic) point; the P80 scenario raises the subtotal by the P80 lift, as a lump sum.
 * Each result is checked against the calculator's own range total.
 */
record RangeScenarios(PriceTail optimistic, PriceTail p80, PriceTail pessimistic) {

    /** The standard normal quantile at 80 %, as the calculator uses it. */
    static final BigDecimal Z80 = new BigDecimal("0.8416");

    static RangeScenarios of(Estimate estimate, EstimateTotals totals) {
        Estimate base = estimate.withAlternatives(List.of());
        PriceTail optimistic = atPoint(base, Quantity.ThreePoint::optimistic);
        PriceTail pessimistic = atPoint(base, Quantity.ThreePoint::pessimistic);
        BigDecimal lift = totals.rounding().money(totals.range().standardDeviation().multiply(Z80));
        PriceTail p80 = lift.signum() == 0 || base.breakdown().isEmpty() ? totals.price() : lifted(base, lift);
        check(optimistic, totals.range().optimistic(), "optimistic");
        check(pessimistic, totals.range().pessimistic(), "pessimistic");
        check(p80, totals.range().p80(), "P80");
        return new RangeScenarios(optimistic, p80, pessimistic);
    }

    private static PriceTail atPoint(Estimate estimate, Function<Quantity.ThreePoint, BigDecimal> point) {
        List<Group> groups = estimate.breakdown().stream().map(g -> g.mapItems(item ->
                item.quantity() instanceof Quantity.ThreePoint range
                        ? item.withQuantity(Quantity.of(point.apply(range))) : item)).toList();
        return EstimateCalculator.calculate(estimate.withBreakdown(groups)).price();
    }

    private static PriceTail lifted(Estimate estimate, BigDecimal lift) {
        LineItem liftItem = new LineItem("\u0000p80", "P80", null, Category.ALLOWANCE, Quantity.of(1), Unit.LUMP_SUM,
                null, lift, null, false, new Justification(Basis.PARAMETRIC, "P80", null, null, null, null));
        List<Group> groups = new ArrayList<>(estimate.breakdown());
        Group first = groups.getFirst();
        groups.set(0, first.withItemAdded(first.id(), liftItem));
        return EstimateCalculator.calculate(estimate.withBreakdown(groups)).price();
    }

    private static void check(PriceTail scenario, BigDecimal expected, String which) {
        Preconditions.checkState(scenario.total().compareTo(expected) == 0,
                "the %s scenario totals %s but the calculator's range says %s", which, scenario.total(), expected);
    }
}
