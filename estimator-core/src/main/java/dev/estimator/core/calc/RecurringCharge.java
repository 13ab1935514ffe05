package dev.estimator.core.calc;

import dev.estimator.core.model.RecurrencePeriod;
import java.math.BigDecimal;
import java.util.List;

/**
 * One recurring line item's charge, per period and over its term, each figure rounded once. The
 * per-period chain is: the item's amount, the adjustments that apply to recurring charges (in order,
 * each on the running amount), then tax. The term figures are the per-period figures times the
 * number of charges, so they add up exactly.
 *
 * @param amount      the charge per period before adjustments (the item's amount)
 * @param adjustments per period, signed (negative for a discount)
 * @param net         per period, before tax
 * @param tax         per period
 * @param total       per period, tax included
 * @param charges     how many times it is charged over the term
 * @param termNet     {@code charges × net}
 * @param termTax     {@code charges × tax}
 * @param termTotal   {@code charges × total}
 */
public record RecurringCharge(String itemId, String groupId, RecurrencePeriod every, int termMonths, int charges,
                              BigDecimal amount, List<AdjustmentAmount> adjustments, BigDecimal net, BigDecimal tax,
                              BigDecimal total, BigDecimal termNet, BigDecimal termTax, BigDecimal termTotal) {

    public RecurringCharge {
        adjustments = List.copyOf(adjustments);
    }

    /** How many of its charges (at months 0, m, 2m, ... of the term) fall in {@code year} (1 for months 0 to 11). */
    public int chargesInYear(int year) {
        int months = every.months();
        int count = 0;
        for (int k = 0; k < charges; k++) {
            int month = k * months;
            if (month >= (year - 1) * MONTHS_PER_YEAR && month < year * MONTHS_PER_YEAR) {
                count++;
            }
        }
        return count;
    }

    private static final int MONTHS_PER_YEAR = 12;
}
