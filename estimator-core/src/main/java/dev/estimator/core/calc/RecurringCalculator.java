package dev.estimator.core.calc;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RecurrencePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices the recurring items: per period through the adjustments that apply to recurring charges
 * and the tax, then over the term and year by year for the total cost of ownership.
 */
final class RecurringCalculator {

    private static final int MONTHS_PER_YEAR = 12;

    private RecurringCalculator() {
    }

    static RecurringTotals recurring(Estimate estimate, RoundingPolicy rounding, Map<String, ItemTotal> items,
                                     BigDecimal oneTime) {
        List<RecurringCharge> charges = new ArrayList<>();
        estimate.allItems().filter(LineItem::isRecurring).forEach(item ->
                charges.add(charge(estimate, rounding, item, items.get(item.id()))));
        List<PeriodCharge> perPeriod = new ArrayList<>();
        for (RecurrencePeriod every : RecurrencePeriod.values()) {
            List<RecurringCharge> same = charges.stream().filter(c -> c.every() == every).toList();
            if (!same.isEmpty()) {
                perPeriod.add(new PeriodCharge(every, sum(rounding, same.stream().map(RecurringCharge::net).toList()),
                        sum(rounding, same.stream().map(RecurringCharge::tax).toList()),
                        sum(rounding, same.stream().map(RecurringCharge::total).toList())));
            }
        }
        BigDecimal net = sum(rounding, charges.stream().map(RecurringCharge::termNet).toList());
        BigDecimal tax = sum(rounding, charges.stream().map(RecurringCharge::termTax).toList());
        return new RecurringTotals(charges, perPeriod, years(rounding, charges, oneTime), net, tax, net.add(tax),
                oneTime, oneTime.add(net).add(tax));
    }

    private static RecurringCharge charge(Estimate estimate, RoundingPolicy rounding, LineItem item, ItemTotal priced) {
        BigDecimal running = priced.amount();
        List<AdjustmentAmount> adjustments = new ArrayList<>();
        for (Adjustment adjustment : estimate.adjustments()) {
            if (!adjustment.appliesTo().recurring() || adjustment.percent() == null) {
                continue;   // an amount cannot be spread over charges; validation refuses it
            }
            BigDecimal magnitude = rounding.percentOf(running, adjustment.percent());
            BigDecimal signed = adjustment.kind() == AdjustmentKind.DISCOUNT ? magnitude.negate() : magnitude;
            adjustments.add(new AdjustmentAmount(adjustment, running, signed));
            running = running.add(signed);
        }
        BigDecimal tax = estimate.tax() == null ? rounding.zero() : rounding.percentOf(running, estimate.tax().percent());
        BigDecimal total = running.add(tax);
        int count = charges(item);
        BigDecimal times = BigDecimal.valueOf(count);
        return new RecurringCharge(item.id(), priced.groupId(), item.recurrence().every(), item.recurrence().term(),
                count, priced.amount(), adjustments, running, tax, total, running.multiply(times),
                tax.multiply(times), total.multiply(times));
    }

    /** Charges over the term: one at the start of each period that begins within it. */
    private static int charges(LineItem item) {
        int months = item.recurrence().every().months();
        return (item.recurrence().term() + months - 1) / months;
    }

    private static List<CostYear> years(RoundingPolicy rounding, List<RecurringCharge> charges, BigDecimal oneTime) {
        int lastMonth = charges.stream().mapToInt(RecurringCharge::termMonths).max().orElse(0);
        int years = (lastMonth + MONTHS_PER_YEAR - 1) / MONTHS_PER_YEAR;
        List<CostYear> out = new ArrayList<>();
        for (int year = 1; year <= years; year++) {
            BigDecimal net = rounding.zero();
            BigDecimal tax = rounding.zero();
            for (RecurringCharge charge : charges) {
                BigDecimal times = BigDecimal.valueOf(charge.chargesInYear(year));
                net = net.add(charge.net().multiply(times));
                tax = tax.add(charge.tax().multiply(times));
            }
            BigDecimal first = year == 1 ? oneTime : rounding.zero();
            out.add(new CostYear(year, first, net, tax, net.add(tax), first.add(net).add(tax)));
        }
        return out;
    }

    private static BigDecimal sum(RoundingPolicy rounding, List<BigDecimal> values) {
        return values.stream().reduce(rounding.zero(), BigDecimal::add);
    }
}
