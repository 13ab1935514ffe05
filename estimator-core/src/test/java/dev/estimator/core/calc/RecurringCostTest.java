package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.header;
import static dev.estimator.core.Estimates.priced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.AdjustmentScope;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recurring charges and the total cost of ownership, worked by hand. A one-time item A, hosting H
 * monthly for 36 months, a licence L yearly for 36 months (3 charges) and support S quarterly for
 * 18 months (6 charges: 4 in year 1, 2 in year 2); contingency 10 % (one-time only), a 5 % discount
 * on both parts, tax.
 */
class RecurringCostTest {

    private static Estimate estimate(String currency, String a, String h, String l, String s, String tax,
                                     AdjustmentScope discountScope) {
        Group group = new Group("g", "Group", null, List.of(
                priced("A", "10", a),
                priced("H", "1", h).recurring(RecurrencePeriod.MONTH, 36),
                priced("L", "1", l).recurring(RecurrencePeriod.YEAR, 36),
                priced("S", "1", s).recurring(RecurrencePeriod.QUARTER, 18)), null);
        return new Estimate(header(currency), RateCard.empty(), List.of(group), null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("10"), null, "Risks."),
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Loyalty.", d("5"), null, discountScope)),
                new Tax("VAT", d(tax)), List.of(new Milestone("All", d("100"), null)), null, null, null);
    }

    /**
     * EUR, VAT 22 %. One-time: 1000.00 + contingency 100.00 − 5 % of 1100.00 (55.00) = 1045.00, VAT 229.90,
     * total 1274.90. H: 95.00 − 4.75 = 90.25, VAT 19.86 (19.855), 110.11 a month; ×36 = 3249.00 + 714.96.
     * L: 1200.00 − 60.00 = 1140.00, VAT 250.80, 1390.80 a year; ×3 = 3420.00 + 752.40. S: 333.33 − 16.67
     * (16.6665) = 316.66, VAT 69.67 (69.6652), 386.33 a quarter; ×6 = 1899.96 + 418.02.
     */
    @Test
    void everyRecurringFigureIsWorkedPerPeriodThenOverTheTermAndByYear() {
        EstimateTotals totals = EstimateCalculator.calculate(
                estimate("EUR", "100", "95", "1200", "333.33", "22", AdjustmentScope.BOTH));
        // The one-time price knows nothing of the recurring items.
        assertEquals(d("1000.00"), totals.subtotal());
        assertEquals(d("1000.00"), totals.groups().getFirst().amount());
        assertEquals(List.of("A"), totals.groups().getFirst().items().stream().map(ItemTotal::itemId).toList());
        assertEquals(d("100.00"), totals.contingency());
        assertEquals(d("1274.90"), totals.grandTotal());
        assertEquals(d("1274.90"), totals.milestones().getFirst().amount());

        RecurringTotals recurring = totals.recurring();
        RecurringCharge h = recurring.charges().get(0);
        assertEquals(List.of("H", "L", "S"), recurring.charges().stream().map(RecurringCharge::itemId).toList());
        assertEquals(List.of(d("95.00"), d("-4.75"), d("90.25"), d("19.86"), d("110.11")),
                List.of(h.amount(), h.adjustments().getFirst().amount(), h.net(), h.tax(), h.total()));
        assertEquals(List.of(36, d("3249.00"), d("714.96"), d("3963.96")),
                List.of(h.charges(), h.termNet(), h.termTax(), h.termTotal()));
        RecurringCharge l = recurring.charges().get(1);
        assertEquals(List.of(3, d("1140.00"), d("250.80"), d("1390.80"), d("4172.40")),
                List.of(l.charges(), l.net(), l.tax(), l.total(), l.termTotal()));
        RecurringCharge s = recurring.charges().get(2);
        assertEquals(List.of(6, d("-16.67"), d("316.66"), d("69.67"), d("386.33"), d("2317.98")),
                List.of(s.charges(), s.adjustments().getFirst().amount(), s.net(), s.tax(), s.total(), s.termTotal()));

        assertEquals(List.of(
                        new PeriodCharge(RecurrencePeriod.MONTH, d("90.25"), d("19.86"), d("110.11")),
                        new PeriodCharge(RecurrencePeriod.QUARTER, d("316.66"), d("69.67"), d("386.33")),
                        new PeriodCharge(RecurrencePeriod.YEAR, d("1140.00"), d("250.80"), d("1390.80"))),
                recurring.perPeriod());
        // 3249.00 + 3420.00 + 1899.96; 714.96 + 752.40 + 418.02.
        assertEquals(d("8568.96"), recurring.recurringNet());
        assertEquals(d("1885.38"), recurring.recurringTax());
        assertEquals(d("10454.34"), recurring.recurringTotal());
        assertEquals(d("11729.24"), totals.totalCostOfOwnership());
        // Year 1: 12 × 90.25 + 1140.00 + 4 × 316.66 = 3489.64; tax 12 × 19.86 + 250.80 + 4 × 69.67 = 767.80.
        // Year 2: 1083.00 + 1140.00 + 2 × 316.66 = 2856.32; tax 238.32 + 250.80 + 139.34 = 628.46.
        // Year 3: 1083.00 + 1140.00 = 2223.00; tax 238.32 + 250.80 = 489.12.
        assertEquals(List.of(
                        new CostYear(1, d("1274.90"), d("3489.64"), d("767.80"), d("4257.44"), d("5532.34")),
                        new CostYear(2, d("0.00"), d("2856.32"), d("628.46"), d("3484.78"), d("3484.78")),
                        new CostYear(3, d("0.00"), d("2223.00"), d("489.12"), d("2712.12"), d("2712.12"))),
                recurring.years());
        assertEquals(totals.totalCostOfOwnership(),
                recurring.years().stream().map(CostYear::total).reduce(BigDecimal::add).orElseThrow());
    }

    @ParameterizedTest(name = "{0}: one-time {6}, monthly {7}, quarterly net {8} + tax {9}, recurring {10}, TCO {11}")
    @CsvSource({
            // JPY, tax 10 %: one-time 100000 + 10000 − 5500 = 104500, tax 10450, 114950. H 9500 − 475 = 9025, tax 903
            // (902.5), 9928. S 33333 − 1667 (1666.65) = 31666, tax 3167 (3166.6), 34833. L 120000 − 6000 = 114000,
            // tax 11400, 125400. Recurring 36 × 9928 + 3 × 125400 + 6 × 34833 = 357408 + 376200 + 208998 = 942606.
            // Year 1: 114950 + 12 × 9928 + 125400 + 4 × 34833 = 498818; year 2: 119136 + 125400 + 69666 = 314202;
            // year 3: 119136 + 125400 = 244536.
            "JPY, 10000,  9500,  120000,  33333,  10, 114950,  9928,  31666,  3167,  942606,  1057556,  498818,  314202,  244536",
            // The same digits three places lower: dinars round to the fils.
            "KWD, 10.000, 9.500, 120.000, 33.333, 10, 114.950, 9.928, 31.666, 3.167, 942.606, 1057.556, 498.818, 314.202, 244.536",
    })
    void theSameWorkHoldsInCurrenciesWithoutAndWithThreeDecimals(String currency, String a, String h, String l,
                                                                 String s, String tax, String oneTime,
                                                                 String monthly, String quarterlyNet,
                                                                 String quarterlyTax, String recurringTotal,
                                                                 String tco, String year1, String year2,
                                                                 String year3) {
        EstimateTotals totals = EstimateCalculator.calculate(estimate(currency, a, h, l, s, tax, AdjustmentScope.BOTH));
        RecurringTotals recurring = totals.recurring();
        assertEquals(d(oneTime), totals.grandTotal());
        assertEquals(d(monthly), recurring.perPeriod().getFirst().total());
        assertEquals(d(quarterlyNet), recurring.charges().get(2).net());
        assertEquals(d(quarterlyTax), recurring.charges().get(2).tax());
        assertEquals(d(recurringTotal), recurring.recurringTotal());
        assertEquals(d(tco), totals.totalCostOfOwnership());
        assertEquals(List.of(d(year1), d(year2), d(year3)), recurring.years().stream().map(CostYear::total).toList());
    }

    @Test
    void anAdjustmentAppliesOnlyToThePartItNames() {
        // One-time only (the default): H is charged 95.00 + VAT 20.90 = 115.90 a month, undiscounted.
        EstimateTotals oneTime = EstimateCalculator.calculate(
                estimate("EUR", "100", "95", "1200", "333.33", "22", AdjustmentScope.ONE_TIME));
        assertEquals(d("1274.90"), oneTime.grandTotal());
        assertEquals(d("115.90"), oneTime.recurring().charges().getFirst().total());
        assertEquals(List.of(), oneTime.recurring().charges().getFirst().adjustments());
        // Recurring only: the one-time price is undiscounted, 1100.00 + VAT 242.00 = 1342.00; H is 110.11.
        EstimateTotals recurringOnly = EstimateCalculator.calculate(
                estimate("EUR", "100", "95", "1200", "333.33", "22", AdjustmentScope.RECURRING));
        assertEquals(d("1342.00"), recurringOnly.grandTotal());
        assertEquals(List.of(), recurringOnly.price().adjustments());
        assertEquals(d("110.11"), recurringOnly.recurring().charges().getFirst().total());
    }

    @Test
    void anAlternativeCanRentWhatTheBaselineBuys() {
        // Rent instead of buying A: 10 × 100.00 one-time becomes 10 × 4.00 a month for 36 months.
        Estimate base = estimate("EUR", "100", "95", "1200", "333.33", "22", AdjustmentScope.BOTH);
        Estimate estimate = base.withAlternatives(List.of(new Alternative("rent", "Rent", "No purchase.",
                "Nothing up front.", "Costs more over three years.", null,
                List.of(new Change.Swap("A", priced("A2", "10", "4").recurring(RecurrencePeriod.MONTH, 36))))));
        EstimateTotals rent = EstimateCalculator.calculate(estimate).alternatives().getFirst().totals();
        // One-time: nothing left; A2: 40.00 − 2.00 = 38.00, VAT 8.36, 46.36 a month, 36 × 46.36 = 1668.96.
        assertEquals(d("0.00"), rent.grandTotal());
        assertEquals(d("46.36"), rent.recurring().charges().getFirst().total());
        assertEquals(d("1668.96"), rent.recurring().charges().getFirst().termTotal());
        // The monthly charges add up: 110.11 (H) + 46.36 (A2).
        assertEquals(d("156.47"), rent.recurring().perPeriod().getFirst().total());
        // TCO: 10454.34 + 1668.96 = 12123.30, against 11729.24 for buying.
        assertEquals(d("12123.30"), rent.totalCostOfOwnership());
    }

    @Test
    void withoutRecurringItemsTheTotalCostOfOwnershipIsTheGrandTotal() {
        Estimate estimate = new Estimate(header("EUR"), RateCard.empty(),
                List.of(new Group("g", "Group", null, List.of(priced("A", "3", "10")), null)),
                null, null, null, null, null, null, null, null, null, null);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertFalse(totals.recurring().hasRecurring());
        assertEquals(List.of(), totals.recurring().years());
        assertEquals(d("30.00"), totals.totalCostOfOwnership());
    }
}
