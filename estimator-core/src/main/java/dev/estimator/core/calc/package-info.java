/**
 * Exact, pure calculation: {@code estimate -> totals}, with one rounding policy.
 *
 * <p>Every figure a document shows is rounded once, to the currency's own scale, by
 * {@link dev.estimator.core.calc.RoundingPolicy}; every total is the plain sum of the rounded
 * figures beneath it, so printed lines always add up to printed totals. The same steps are
 * written out in {@code docs/calculation.md} so that spreadsheet formulas can follow them exactly.
 *
 * <p>Beside the price chain: what the milestones invoice ({@code BilledPrice}, with a contingency
 * billed on approval), the figures the commercial terms imply ({@code CommercialFigures}), the
 * schedule in dates ({@code ProjectSchedule}) and the recurring charges with the total cost of
 * ownership ({@code RecurringTotals}).
 */
package dev.estimator.core.calc;
