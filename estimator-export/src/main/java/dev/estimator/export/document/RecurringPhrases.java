package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.calc.RecurringTotals;
import dev.estimator.core.model.Estimate;
import java.util.List;

/**
 * The recurring charges and the total cost of ownership in words: "€110.11 a month", and the
 * brief's line that puts the one-time price, what recurs and the TCO side by side. Every figure is
 * the calculator's ({@link RecurringTotals}); the brief, the recurring section and the
 * alternatives all phrase here.
 */
final class RecurringPhrases {

    private RecurringPhrases() {
    }

    /** What recurs, tax included, e.g. "€110.11 a month and €1,390.80 a year"; a dash when nothing recurs. */
    static String perPeriod(Phrasing p, RecurringTotals recurring) {
        if (!recurring.hasRecurring()) {
            return p.none();
        }
        List<String> parts = recurring.perPeriod().stream().map(c -> perPeriod(p, c)).toList();
        return String.join(p.text("recurring.and"), parts);
    }

    /** One period's charge, tax included, e.g. "€110.11 a month". */
    static String perPeriod(Phrasing p, PeriodCharge charge) {
        return p.text("recurring.per." + charge.every().fileName(), p.amount(charge.total()));
    }

    /**
     * The brief's line: the one-time price, what recurs after it and the total cost of ownership over
     * the years the charges run.
     */
    static String brief(Phrasing p, Estimate estimate, EstimateTotals totals) {
        RecurringTotals recurring = totals.recurring();
        int years = recurring.years().size();
        return estimate.tax() == null
                ? p.text("summary.recurringNoTax", p.amount(recurring.oneTime()), perPeriod(p, recurring), years,
                        p.amount(recurring.totalCostOfOwnership()))
                : p.text("summary.recurring", p.amount(recurring.oneTime()), perPeriod(p, recurring), years,
                        p.amount(recurring.totalCostOfOwnership()), estimate.tax().name());
    }
}
