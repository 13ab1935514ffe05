package dev.estimator.core.calc;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An independent reading of docs/calculation.md, written from the document and not from the
 * calculator: plain BigDecimal arithmetic, one ROUND per figure. The property tests compare the
 * calculator with it on random estimates; where they differ, one of the two (or the document) is wrong.
 */
final class ReferenceCalculator {

    /** The figures the document defines. */
    record Figures(Map<String, BigDecimal> items, Map<String, BigDecimal> groups, BigDecimal subtotal,
                   BigDecimal contingency, List<BigDecimal> adjustments, BigDecimal net, BigDecimal tax,
                   BigDecimal total, List<BigDecimal> milestones, List<BigDecimal> assumptionImpacts,
                   BigDecimal optimistic, BigDecimal pessimistic, BigDecimal sigma, BigDecimal p80,
                   BigDecimal classLow, BigDecimal classHigh) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal Z80 = new BigDecimal("0.8416");

    private final Estimate estimate;
    private final int s;

    private ReferenceCalculator(Estimate estimate) {
        this.estimate = estimate;
        this.s = Math.max(0, estimate.header().currency().getDefaultFractionDigits());
    }

    static Figures calculate(Estimate estimate) {
        return new ReferenceCalculator(estimate).figures();
    }

    /** ROUND(x, s): half away from zero. */
    private BigDecimal round(BigDecimal x) {
        return x.setScale(s, RoundingMode.HALF_UP);
    }

    private Figures figures() {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Group group : estimate.breakdown()) {
            subtotal = subtotal.add(group(group, items, groups, this::pricedQuantity));
        }
        Tail tail = tail(subtotal);
        List<BigDecimal> milestones = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        List<Milestone> list = estimate.milestones();
        for (int i = 0; i < list.size(); i++) {
            BigDecimal amount = i == list.size() - 1 ? tail.total.subtract(paid)
                    : round(tail.total.multiply(list.get(i).percent()).divide(HUNDRED));
            paid = paid.add(amount);
            milestones.add(amount);
        }
        List<BigDecimal> impacts = new ArrayList<>();
        for (Assumption assumption : estimate.assumptions()) {
            if (assumption.impact() == null) {
                continue;
            }
            if (assumption.impact().amount() != null) {
                impacts.add(assumption.impact().amount());
            } else if (assumption.impact().percent() != null) {
                BigDecimal base = assumption.impact().items().isEmpty() ? subtotal
                        : assumption.impact().items().stream().map(items::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                impacts.add(round(base.multiply(assumption.impact().percent()).divide(HUNDRED)));
            }
        }
        // Ranges: every three-point item at O (or P), through the same rules.
        BigDecimal optimisticSubtotal = BigDecimal.ZERO;
        BigDecimal pessimisticSubtotal = BigDecimal.ZERO;
        for (Group group : estimate.breakdown()) {
            optimisticSubtotal = optimisticSubtotal.add(group(group, new LinkedHashMap<>(), new LinkedHashMap<>(),
                    q -> q instanceof Quantity.ThreePoint tp ? tp.optimistic() : pricedQuantity(q)));
            pessimisticSubtotal = pessimisticSubtotal.add(group(group, new LinkedHashMap<>(), new LinkedHashMap<>(),
                    q -> q instanceof Quantity.ThreePoint tp ? tp.pessimistic() : pricedQuantity(q)));
        }
        BigDecimal variance = BigDecimal.ZERO;
        for (LineItem item : allItems()) {
            if (item.quantity() instanceof Quantity.ThreePoint tp) {
                BigDecimal sd = rate(item).multiply(tp.pessimistic().subtract(tp.optimistic()))
                        .divide(BigDecimal.valueOf(6), MathContext.DECIMAL128);
                variance = variance.add(sd.multiply(sd));
            }
        }
        BigDecimal sigma = round(variance.sqrt(MathContext.DECIMAL128));
        BigDecimal p80Subtotal = subtotal.add(round(sigma.multiply(Z80)));
        var accuracy = estimate.header().effectiveAccuracy();
        return new Figures(items, groups, subtotal, tail.contingency, tail.adjustments, tail.net, tail.tax, tail.total,
                milestones, impacts, tail(optimisticSubtotal).total, tail(pessimisticSubtotal).total, sigma,
                tail(p80Subtotal).total,
                tail.total.add(round(tail.total.multiply(accuracy.low()).divide(HUNDRED))),
                tail.total.add(round(tail.total.multiply(accuracy.high()).divide(HUNDRED))));
    }

    private record Tail(BigDecimal contingency, List<BigDecimal> adjustments, BigDecimal net, BigDecimal tax,
                        BigDecimal total) {
    }

    /** Contingency, adjustments in order on the running amount, tax, and the grand total. */
    private Tail tail(BigDecimal subtotal) {
        BigDecimal contingency = BigDecimal.ZERO;
        if (estimate.contingency() != null) {
            contingency = switch (estimate.contingency().method()) {
                case PERCENT -> round(subtotal.multiply(estimate.contingency().percent()).divide(HUNDRED));
                case AMOUNT -> estimate.contingency().amount();
                case RISK_BASED -> estimate.risks().stream().map(this::expectedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
                case SIMULATION -> throw new UnsupportedOperationException(
                        "the random estimates never set contingency by simulation; SimulationTest covers it");
            };
        }
        BigDecimal running = subtotal.add(contingency);
        List<BigDecimal> adjustments = new ArrayList<>();
        for (Adjustment adjustment : estimate.adjustments()) {
            BigDecimal amount = adjustment.percent() != null
                    ? round(running.multiply(adjustment.percent()).divide(HUNDRED)) : adjustment.amount();
            if (adjustment.kind() == AdjustmentKind.DISCOUNT) {
                amount = amount.negate();
            }
            adjustments.add(amount);
            running = running.add(amount);
        }
        BigDecimal net = running;
        BigDecimal tax = estimate.tax() == null ? BigDecimal.ZERO
                : round(net.multiply(estimate.tax().percent()).divide(HUNDRED));
        return new Tail(contingency, adjustments, net, tax, net.add(tax));
    }

    private BigDecimal expectedCost(Risk risk) {
        return round(risk.probability().divide(HUNDRED).multiply(risk.impact().low().add(risk.impact().high()))
                .divide(BigDecimal.valueOf(2)));
    }

    private BigDecimal group(Group group, Map<String, BigDecimal> items, Map<String, BigDecimal> groups,
                             Function<Quantity, BigDecimal> quantity) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem item : group.items()) {
            BigDecimal amount = round(quantity.apply(item.quantity()).multiply(rate(item)));
            items.put(item.id(), amount);
            sum = sum.add(amount);
        }
        for (Group sub : group.groups()) {
            sum = sum.add(group(sub, items, groups, quantity));
        }
        groups.put(group.id(), sum);
        return sum;
    }

    private BigDecimal pricedQuantity(Quantity quantity) {
        return switch (quantity) {
            case Quantity.Fixed fixed -> fixed.value();
            case Quantity.ThreePoint tp -> tp.optimistic().add(tp.mostLikely().multiply(BigDecimal.valueOf(4)))
                    .add(tp.pessimistic()).divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_UP);
        };
    }

    /** The rate per unit: the role's rate converted with hoursPerDay where the periods differ, rounded. */
    private BigDecimal rate(LineItem item) {
        if (item.role() == null) {
            return item.unitPrice();
        }
        Role role = estimate.rateCard().roles().stream().filter(r -> r.id().equals(item.role())).findFirst().orElseThrow();
        BigDecimal hpd = estimate.rateCard().hoursPerDay();
        if (item.unit() == Unit.DAYS && role.per() == RatePeriod.HOUR) {
            return round(role.rate().multiply(hpd));
        }
        if (item.unit() == Unit.HOURS && role.per() == RatePeriod.DAY) {
            return role.rate().divide(hpd, s, RoundingMode.HALF_UP);
        }
        return role.rate();
    }

    private List<LineItem> allItems() {
        return estimate.allItems().toList();
    }
}
