package dev.estimator.export.xlsx;

import dev.estimator.core.calc.CostYear;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.calc.RecurringCharge;
import dev.estimator.core.calc.RecurringTotals;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.document.Phrasing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The recurring part and the total cost of ownership, as live formulas: one row per recurring item
 * (its amount from the Breakdown sheet, the adjustments that apply to recurring charges, net, tax
 * and total per charge; how many charges its term holds and the term's figures; how many charges
 * fall in each year), what recurs per month, quarter or year, and the TCO year by year. Each figure
 * is rounded as the calculator rounds it, so every cell equals {@code RecurringTotals} exactly.
 * The labels are the documents' own ({@link Phrasing}).
 */
final class RecurringSheet extends SheetBuilder {

    private static final int MONTHS_PER_YEAR = 12;
    private static final int ID = 0;
    private static final int ITEM = 1;
    private static final int MONTHS = 2;
    private static final int TERM = 3;
    private static final int CHARGES = 4;
    private static final int AMOUNT = 5;

    private final Phrasing p;
    private final RecurringTotals recurring;
    /** The adjustments that apply to recurring charges, each a column after the amount. */
    private final List<Adjustment> adjustments;
    private final int net;
    private final int tax;
    private final int total;
    private final int termNet;
    private final int termTax;
    private final int termTotal;
    private final int firstYear;

    private RecurringSheet(WorkbookContext context, SheetWriter sheet) {
        super(context, sheet);
        this.p = context.phrasing();
        this.recurring = context.totals().recurring();
        this.adjustments = estimate.adjustments().stream()
                .filter(a -> a.appliesTo().recurring() && a.percent() != null).toList();
        this.net = AMOUNT + adjustments.size() + 1;
        this.tax = net + 1;
        this.total = tax + 1;
        this.termNet = total + 1;
        this.termTax = termNet + 1;
        this.termTotal = termTax + 1;
        this.firstYear = termTotal + 1;
    }

    /** Writes the sheet when anything recurs; {@code sheet} is created by the caller only then. */
    static void write(WorkbookContext context, SheetWriter sheet) {
        new RecurringSheet(context, sheet).write();
    }

    private void write() {
        List<RecurringCharge> charges = recurring.charges();
        int years = recurring.years().size();
        List<String> labels = new ArrayList<>(List.of(text.label("label.id"), p.text("recurring.line"),
                p.text("recurring.monthsPerCharge"), p.text("recurring.termMonths"), p.text("recurring.charges"),
                p.text("recurring.amount")));
        adjustments.forEach(a -> labels.add(p.name(a.kind()) + " (" + p.percent(a.percent()) + ")"));
        String taxName = estimate.tax() == null ? "" : estimate.tax().name();
        labels.addAll(List.of(p.text("recurring.net", taxName), taxName, p.text("recurring.perCharge"),
                p.text("recurring.overTerm") + ": " + p.text("recurring.net", taxName),
                p.text("recurring.overTerm") + ": " + taxName, p.text("recurring.overTerm")));
        for (int y = 1; y <= years; y++) {
            labels.add(p.text("recurring.chargesInYear", y));
        }
        List<Integer> numbers = new ArrayList<>();
        for (int col = MONTHS; col < labels.size(); col++) {
            numbers.add(col);
        }
        int[] widths = new int[labels.size()];
        java.util.Arrays.fill(widths, 14);
        widths[ID] = 9;
        widths[ITEM] = 36;
        SheetFrame.table(context, sheet, "title.recurring", false, labels, numbers, widths);

        int first = SheetFrame.TABLE_HEADER + 1;
        int row = first;
        for (RecurringCharge charge : charges) {
            chargeRow(charge, row++, years);
        }
        int last = row - 1;
        sheet.text(row, ITEM, p.text("recurring.allCharges"), styles.totalText);
        sum(row, termNet, first, last, recurring.recurringNet(), "Recurring_Net");
        sum(row, termTax, first, last, recurring.recurringTax(), "Recurring_Tax");
        sum(row, termTotal, first, last, recurring.recurringTotal(), "Recurring_Total");
        row += 2;

        row = periods(row, first, last);
        row = years(row + 1, first, last);
        SheetFrame.finish(context, sheet, SheetFrame.TABLE_HEADER, 2, firstYear + years - 1, row);
    }

    private void chargeRow(RecurringCharge charge, int row, int years) {
        LineItem item = java.util.Objects.requireNonNull(context.layout().item(charge.itemId()), charge.itemId());
        BreakdownLayout layout = context.layout();
        sheet.text(row, ID, item.id(), styles.text);
        sheet.text(row, ITEM, p.text("recurring.item", item.title(),
                p.text("recurring.period." + charge.every().fileName()), charge.termMonths()), styles.wrap);
        sheet.number(row, MONTHS, BigDecimal.valueOf(charge.every().months()), styles.count);
        sheet.number(row, TERM, BigDecimal.valueOf(charge.termMonths()), styles.countInput);
        String months = SheetWriter.local(row, MONTHS);
        String term = SheetWriter.local(row, TERM);
        String count = SheetWriter.local(row, CHARGES);
        // One charge at the start of each period that begins within the term.
        sheet.formula(row, CHARGES, "ROUNDUP(" + term + "/" + months + ",0)", BigDecimal.valueOf(charge.charges()),
                styles.count);
        sheet.formula(row, AMOUNT, context.sheets().breakdown().ref(layout.itemRow(item.id()), layout.amount),
                charge.amount(), styles.money);
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            int col = AMOUNT + 1 + i;
            String running = context.round("SUM(" + SheetWriter.local(row, AMOUNT) + ":"
                    + SheetWriter.local(row, col - 1) + ")");
            String magnitude = context.round(running + "*" + context.names().of("Adjustment", adjustment.id()) + "/100");
            sheet.formula(row, col, (adjustment.kind() == AdjustmentKind.DISCOUNT ? "-" : "") + magnitude,
                    charge.adjustments().get(i).amount(), styles.money);
        }
        sheet.formula(row, net, context.round("SUM(" + SheetWriter.local(row, AMOUNT) + ":"
                + SheetWriter.local(row, net - 1) + ")"), charge.net(), styles.money);
        String netRef = SheetWriter.local(row, net);
        sheet.formula(row, tax, estimate.tax() == null ? "0"
                : context.round(netRef + "*" + DefinedNames.TAX_PERCENT + "/100"), charge.tax(), styles.money);
        String taxRef = SheetWriter.local(row, tax);
        sheet.formula(row, total, context.round(netRef + "+" + taxRef), charge.total(), styles.moneyBold);
        sheet.formula(row, termNet, context.round(count + "*" + netRef), charge.termNet(), styles.money);
        sheet.formula(row, termTax, context.round(count + "*" + taxRef), charge.termTax(), styles.money);
        sheet.formula(row, termTotal, context.round(count + "*" + SheetWriter.local(row, total)), charge.termTotal(),
                styles.moneyBold);
        for (int y = 1; y <= years; y++) {
            // The charges at months 0, m, 2m, ... that fall in months 12(y-1) to 12y-1.
            sheet.formula(row, firstYear + y - 1, "MAX(0,MIN(" + count + ",ROUNDUP(" + MONTHS_PER_YEAR * y + "/" + months
                    + ",0))-MIN(" + count + ",ROUNDUP(" + MONTHS_PER_YEAR * (y - 1) + "/" + months + ",0)))",
                    BigDecimal.valueOf(charge.chargesInYear(y)), styles.count);
        }
    }

    /** What recurs every month, quarter or year: the per-charge figures of the items with that period. */
    private int periods(int row, int first, int last) {
        sheet.text(row++, ITEM, p.text("recurring.whatRecurs"), styles.subtitle);
        for (PeriodCharge charge : recurring.perPeriod()) {
            String every = charge.every().fileName();
            sheet.text(row, ITEM, p.text("recurring.every." + every), styles.label);
            String criterion = String.valueOf(charge.every().months());
            String name = "Recurring_" + Character.toUpperCase(every.charAt(0)) + every.substring(1);
            sumIf(row, net, first, last, criterion, charge.net(), null);
            sumIf(row, tax, first, last, criterion, charge.tax(), null);
            sumIf(row, total, first, last, criterion, charge.total(), name);
            row++;
        }
        return row;
    }

    /** The total cost of ownership year by year: the one-time total in year 1, the charges falling in each year. */
    private int years(int row, int first, int last) {
        sheet.text(row++, ITEM, p.text("recurring.tco"), styles.subtitle);
        String taxName = estimate.tax() == null ? "" : estimate.tax().name();
        SheetFrame.headerRow(context, sheet, row++, List.of("", p.text("recurring.yearColumn"),
                p.text("recurring.oneTime"), p.text("recurring.net", taxName), taxName, p.label("total")),
                List.of(2, 3, 4, 5));
        int firstRow = row;
        for (CostYear year : recurring.years()) {
            int counts = firstYear + year.year() - 1;
            sheet.text(row, ITEM, p.text("recurring.year", year.year()), styles.label);
            sheet.formula(row, 2, year.year() == 1 ? DefinedNames.TOTAL : "0", year.oneTime(), styles.money);
            sheet.formula(row, 3, context.round("SUMPRODUCT(" + range(first, last, net) + "," + range(first, last, counts)
                    + ")"), year.recurringNet(), styles.money);
            sheet.formula(row, 4, context.round("SUMPRODUCT(" + range(first, last, tax) + "," + range(first, last, counts)
                    + ")"), year.recurringTax(), styles.money);
            sheet.formula(row, 5, context.round("SUM(" + SheetWriter.local(row, 2) + ":" + SheetWriter.local(row, 4) + ")"),
                    year.total(), styles.moneyBold);
            context.names().define("Recurring_Year" + year.year() + "_Total", sheet.absolute(row, 5));
            row++;
        }
        sheet.text(row, ITEM, p.text("recurring.tcoTotal"), styles.totalText);
        for (int col = 2; col <= 5; col++) {
            BigDecimal cached = switch (col) {
                case 2 -> recurring.oneTime();
                case 3 -> recurring.recurringNet();
                case 4 -> recurring.recurringTax();
                default -> recurring.totalCostOfOwnership();
            };
            sheet.formula(row, col, context.round("SUM(" + range(firstRow, row - 1, col) + ")"), cached,
                    styles.moneyTotal);
        }
        context.names().define("Recurring_TCO", sheet.absolute(row, 5));
        return row;
    }

    private void sum(int row, int col, int first, int last, BigDecimal cached, String name) {
        sheet.formula(row, col, context.round("SUM(" + range(first, last, col) + ")"), cached, styles.moneyTotal);
        context.names().define(name, sheet.absolute(row, col));
    }

    private void sumIf(int row, int col, int first, int last, String months, BigDecimal cached, String name) {
        sheet.formula(row, col, context.round("SUMIF(" + range(first, last, MONTHS) + "," + months + ","
                + range(first, last, col) + ")"), cached, name == null ? styles.money : styles.moneyBold);
        if (name != null) {
            context.names().define(name, sheet.absolute(row, col));
        }
    }

    private static String range(int first, int last, int col) {
        return SheetWriter.local(first, col) + ":" + SheetWriter.local(last, col);
    }
}
