package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * The recurring part of the price and the total cost of ownership (TCO). Recurring items are kept
 * out of the one-time price (their groups' subtotals, the contingency, the milestones); each is
 * charged per period over its term.
 *
 * @param charges        one per recurring item, in document order
 * @param perPeriod      what recurs per month, per quarter and per year (only the periods used)
 * @param years          the TCO year by year, as many years as the longest term covers; empty without
 *                       recurring items
 * @param recurringNet   every charge over its term, before tax
 * @param recurringTax   its tax
 * @param recurringTotal {@code recurringNet + recurringTax}
 * @param oneTime        the one-time grand total
 * @param totalCostOfOwnership {@code oneTime + recurringTotal}, which is also the sum of the years' totals
 */
public record RecurringTotals(List<RecurringCharge> charges, List<PeriodCharge> perPeriod, List<CostYear> years,
                              BigDecimal recurringNet, BigDecimal recurringTax, BigDecimal recurringTotal,
                              BigDecimal oneTime, BigDecimal totalCostOfOwnership) {

    public RecurringTotals {
        charges = List.copyOf(charges);
        perPeriod = List.copyOf(perPeriod);
        years = List.copyOf(years);
    }

    /** Whether anything recurs. */
    public boolean hasRecurring() {
        return !charges.isEmpty();
    }
}
