package dev.estimator.export.document;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.CostYear;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.calc.RecurringCharge;
import dev.estimator.core.calc.RecurringTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * After the price: what recurs once the one-time price is paid. Each recurring line per period
 * (its amount, the adjustments that apply to recurring charges, tax) and over its term; what recurs
 * per month, quarter or year; and the total cost of ownership year by year, with a chart. The
 * milestones stay on the one-time price. Every figure is the calculator's {@link RecurringTotals}:
 * each column adds up as printed.
 */
final class RecurringSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return context.totals().recurring().hasRecurring();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        RecurringTotals recurring = context.totals().recurring();
        boolean taxed = estimate.tax() != null;
        SectionBuilder section = SectionBuilder.numbered("recurring", p.text("section.recurring"));
        section.paragraph(p.text("recurring.intro", p.amount(recurring.oneTime())));

        TableBuilder lines = SectionBuilder.table(Column.text(p.text("recurring.line"), 52),
                Column.number(p.text("recurring.perPeriod"), 16), Column.number(p.text("recurring.charges"), 12),
                Column.number(p.text("recurring.overTerm"), 20));
        for (RecurringCharge charge : recurring.charges()) {
            charge(p, estimate, charge, lines);
        }
        section.add(lines.keepTogether());

        section.subheading(p.text("recurring.whatRecurs"));
        TableBuilder periods = taxed
                ? SectionBuilder.table(Column.text(p.text("recurring.period"), 40),
                        Column.number(p.text("recurring.net", estimate.tax().name()), 20),
                        Column.number(estimate.tax().name(), 20), Column.number(p.label("total"), 20))
                : SectionBuilder.table(Column.text(p.text("recurring.period"), 60), Column.number(p.label("total"), 40));
        for (PeriodCharge charge : recurring.perPeriod()) {
            String label = p.text("recurring.every." + charge.every().fileName());
            if (taxed) {
                periods.row(label, p.amount(charge.net()), p.amount(charge.tax()), p.amount(charge.total()));
            } else {
                periods.row(label, p.amount(charge.total()));
            }
        }
        section.add(periods.keepTogether());

        section.subheading(p.text("recurring.tco"));
        String intro = taxed ? p.text("recurring.tcoIntro", estimate.tax().name()) : p.text("recurring.tcoIntroNoTax");
        // A reader adds running costs they know of (hosting, licences) unless told they are left out.
        section.paragraph(estimate.exclusions().isEmpty() ? intro
                : intro + " " + p.text("recurring.tcoExclusions", p.text("assumptions.exclusions")));
        section.add(years(p, estimate, recurring).keepTogether());
        section.subheading(p.text("recurring.chart"));
        section.add(new Block.BarChart(p.text("recurring.chart"), recurring.years().stream()
                .map(y -> new Block.Bar(p.text("recurring.year", y.year()), y.total(), p.amount(y.total()))).toList()));
        return section.build();
    }

    /** One recurring line: amount, adjustments, net, tax and the total per period, and the term's figures. */
    private static void charge(Phrasing p, Estimate estimate, RecurringCharge charge, TableBuilder table) {
        String title = p.anyItem(charge.itemId()).map(p::itemLabel).orElse(charge.itemId());
        String count = String.valueOf(charge.charges());
        table.row(RowKind.GROUP, p.text("recurring.item", title, p.text("recurring.period." + charge.every().fileName()),
                charge.termMonths()), "", "", "");
        if (!charge.adjustments().isEmpty()) {
            table.row(p.text("recurring.amount"), p.amount(charge.amount()), "", "");
        }
        for (AdjustmentAmount adjustment : charge.adjustments()) {
            table.row(PriceSection.adjustmentText(p, adjustment.adjustment()), p.signed(adjustment.amount()), "", "");
        }
        if (estimate.tax() == null) {
            table.row(RowKind.TOTAL, p.text("recurring.perCharge"), p.amount(charge.total()), count,
                    p.amount(charge.termTotal()));
            return;
        }
        table.row(p.text("recurring.net", estimate.tax().name()), p.amount(charge.net()), count,
                p.amount(charge.termNet()));
        table.row(p.text("price.tax", estimate.tax().name(), p.percent(estimate.tax().percent())),
                p.amount(charge.tax()), count, p.amount(charge.termTax()));
        table.row(RowKind.TOTAL, p.text("recurring.perChargeWithTax", estimate.tax().name()), p.amount(charge.total()),
                count, p.amount(charge.termTotal()));
    }

    /** The TCO year by year: the one-time price in year 1, the recurring charges falling in each year. */
    private static TableBuilder years(Phrasing p, Estimate estimate, RecurringTotals recurring) {
        boolean taxed = estimate.tax() != null;
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(p.text("recurring.yearColumn"), 24));
        columns.add(Column.number(p.text("recurring.oneTime"), 19));
        if (taxed) {
            columns.add(Column.number(p.text("recurring.net", estimate.tax().name()), 19));
            columns.add(Column.number(estimate.tax().name(), 19));
        } else {
            columns.add(Column.number(p.text("recurring.recurring"), 38));
        }
        columns.add(Column.number(p.label("total"), 19));
        TableBuilder table = SectionBuilder.table(columns.toArray(Column[]::new));
        for (CostYear year : recurring.years()) {
            table.row(cells(p, taxed, p.text("recurring.year", year.year()), year.oneTime(), year.recurringNet(),
                    year.recurringTax(), year.total()));
        }
        table.row(RowKind.TOTAL, cells(p, taxed, p.text("recurring.tcoTotal"), recurring.oneTime(),
                recurring.recurringNet(), recurring.recurringTax(), recurring.totalCostOfOwnership()));
        return table;
    }

    private static String[] cells(Phrasing p, boolean taxed, String label, java.math.BigDecimal oneTime,
                                  java.math.BigDecimal net, java.math.BigDecimal tax, java.math.BigDecimal total) {
        return taxed
                ? new String[] {label, p.amount(oneTime), p.amount(net), p.amount(tax), p.amount(total)}
                : new String[] {label, p.amount(oneTime), p.amount(net), p.amount(total)};
    }
}
