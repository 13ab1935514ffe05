package dev.estimator.core.validation;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules that need the totals: a price that discounts itself away. Runs only on an estimate that
 * passed every other rule, so the calculator can total it.
 */
final class PriceChecks {

    private static final int SPREADSHEET_DIGITS = 15;

    private PriceChecks() {
    }

    /** {@code totals}: the estimate's, from {@link EstimateCalculator#calculateWithoutSimulation}. */
    static List<Finding> check(Estimate estimate, EstimateTotals totals) {
        List<Finding> findings = new ArrayList<>();
        String currency = " " + estimate.header().currency().getCurrencyCode();
        if (totals.net().signum() < 0) {
            findings.add(new Finding("/adjustments", "the discounts exceed the price: the net price would be "
                    + totals.net().toPlainString() + currency));
        } else if (totals.totalWithoutOptional().signum() < 0) {
            findings.add(new Finding("/adjustments", "the discounts exceed the price without the optional items: "
                    + "the client dropping them would get a total of " + totals.totalWithoutOptional().toPlainString() + currency));
        } else if (totals.range().optimistic().signum() < 0) {
            findings.add(new Finding("/adjustments", "the discounts exceed the optimistic price: its total would be "
                    + totals.range().optimistic().toPlainString() + currency));
        }
        // A spreadsheet holds 15 significant digits: beyond that the workbook could not show the total to the cent.
        BigDecimal largest = totals.range().pessimistic().max(totals.range().classHigh()).max(totals.grandTotal());
        BigDecimal limit = BigDecimal.TEN.pow(SPREADSHEET_DIGITS - totals.rounding().scale());
        if (largest.abs().compareTo(limit) >= 0) {
            findings.add(new Finding("/breakdown", "the total would reach " + largest.toPlainString() + currency
                    + ", more than a spreadsheet can hold exactly (15 significant digits); check the quantities and prices"));
        }
        if (totals.grandTotal().signum() >= 0 && !totals.milestones().isEmpty()
                && totals.milestones().getLast().amount().signum() < 0) {
            // The last milestone takes the remainder; tiny payments rounded up can leave it negative.
            findings.add(new Finding("/milestones/" + (totals.milestones().size() - 1), "the payments are too small "
                    + "for the currency: each one is rounded to the currency's smallest unit, so the last one would be "
                    + totals.milestones().getLast().amount().toPlainString() + currency + "; use fewer milestones"));
        }
        for (int i = 0; i < totals.alternatives().size(); i++) {
            AlternativeTotals alternative = totals.alternatives().get(i);
            if (alternative.totals().net().signum() < 0) {
                findings.add(new Finding("/alternatives/" + i, "with this alternative the discounts exceed the price: "
                        + "its net price would be " + alternative.totals().net().toPlainString() + currency));
            } else if (alternative.totals().totalWithoutOptional().signum() < 0 && totals.totalWithoutOptional().signum() >= 0) {
                // The client may take the alternative and drop its optional items (the interactive proposal offers
                // it). When the baseline already fails this way, its finding says it; the fix is usually the same.
                findings.add(new Finding("/alternatives/" + i, "with this alternative the discounts exceed the price "
                        + "without the optional items: the client dropping them would get a total of "
                        + alternative.totals().totalWithoutOptional().toPlainString() + currency));
            }
        }
        return findings;
    }
}
