package dev.estimator.export.xlsx;

import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.core.model.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The alternatives side by side with the baseline: what each offers and gives up, its total and
 * its difference; below, how each total is derived. Every alternative has three columns
 * (quantity, rate, amount) in which each item is recomputed with the alternative's changes: an
 * unchanged figure refers to the Breakdown (or to the rate card), a changed one is an input, a
 * dropped item is zero and an added or replacing item has a row of its own. The subtotal then runs
 * through the same price chain as the baseline, so the total equals the calculator's to the cent.
 */
final class AlternativesSheet extends SheetBuilder {

    private static final int ID = 0;
    private static final int LABEL = 1;
    private static final int BASELINE = 2;
    private static final int FIRST_ALTERNATIVE = 3;

    /** A row of the derivation: one item, or a replacement for it, as each alternative prices it. */
    static final class ItemRow {
        final LineItem item;
        final int baselineRow;
        final LineItem[] inAlternative;
        final String addedBy;

        ItemRow(LineItem item, int baselineRow, int alternatives, String addedBy) {
            this.item = item;
            this.baselineRow = baselineRow;
            this.inAlternative = new LineItem[alternatives];
            this.addedBy = addedBy;
        }
    }

    /**
     * What the derivation shows, worked out without the workbook, so that it can be made while
     * other sheets are written: each alternative applied to the baseline (at 100,000 items each
     * change walks every group), and the rows, baseline items first, in order, then each item an
     * alternative adds or swaps in.
     */
    record Plan(List<Estimate> applied, List<ItemRow> rows) {

        static Plan of(WorkbookContext context) {
            Estimate estimate = context.estimate();
            List<AlternativeTotals> alternatives = context.totals().alternatives();
            List<Estimate> applied = new ArrayList<>();
            for (AlternativeTotals alternative : alternatives) {
                applied.add(AlternativeApplier.apply(estimate, alternative.alternative()));
            }
            return new Plan(List.copyOf(applied), planRows(estimate, alternatives, applied, context.layout()));
        }
    }

    private final List<AlternativeTotals> alternatives;
    private final List<Estimate> applied;
    private final List<ItemRow> rows;
    private final List<Role> roles;
    /** Where each alternative's subtotal and item amounts are, for sheets that build on them. */
    private final AlternativeCells cells = new AlternativeCells(new LinkedHashMap<>(), new LinkedHashMap<>());

    /**
     * The cells of each alternative's derivation, by alternative id: its subtotal, and the amount of
     * each of its items by item id (absolute references).
     */
    record AlternativeCells(Map<String, String> subtotals, Map<String, Map<String, String>> itemAmounts) {
    }

    private AlternativesSheet(WorkbookContext context, Plan plan) {
        super(context, context.sheets().alternatives());
        this.alternatives = totals.alternatives();
        this.roles = estimate.rateCard().roles();
        this.applied = plan.applied();
        this.rows = plan.rows();
    }

    static AlternativeCells write(WorkbookContext context, Plan plan) {
        AlternativesSheet sheet = new AlternativesSheet(context, plan);
        sheet.write();
        return sheet.cells;
    }

    private static int quantityCol(int alternative) {
        return FIRST_ALTERNATIVE + 3 * alternative;
    }

    private static int rateCol(int alternative) {
        return quantityCol(alternative) + 1;
    }

    private static int amountCol(int alternative) {
        return quantityCol(alternative) + 2;
    }

    /** Baseline items first, in order; then each item an alternative adds or swaps in. */
    private static List<ItemRow> planRows(Estimate estimate, List<AlternativeTotals> alternatives, List<Estimate> applied,
                                             BreakdownLayout layout) {
        List<ItemRow> rows = new ArrayList<>();
        Map<String, ItemRow> baseline = new LinkedHashMap<>();
        estimate.allItems().forEach(item ->
                baseline.put(item.id(), new ItemRow(item, layout.itemRow(item.id()), alternatives.size(), null)));
        rows.addAll(baseline.values());
        Map<String, ItemRow> extra = new LinkedHashMap<>();
        for (int k = 0; k < applied.size(); k++) {
            for (LineItem item : applied.get(k).allItems().toList()) {
                ItemRow base = baseline.get(item.id());
                if (base != null && sameSlot(base.item, item)) {
                    base.inAlternative[k] = item;
                    continue;
                }
                ItemRow added = extra.get(item.id());
                if (added == null || !sameSlot(added.item, item) || added.inAlternative[k] != null) {
                    added = new ItemRow(item, -1, alternatives.size(), alternatives.get(k).alternative().name());
                    extra.put(item.id(), added);
                    rows.add(added);
                }
                added.inAlternative[k] = item;
            }
        }
        // One-time rows first: the price chain sums only those; the recurring rows follow.
        rows.sort(java.util.Comparator.comparing(row -> row.item.isRecurring()));
        return List.copyOf(rows);
    }

    /** Whether {@code changed} is still the same line as {@code original} (same id, title, kind and unit). */
    private static boolean sameSlot(LineItem original, LineItem changed) {
        return original.id().equals(changed.id()) && Objects.equals(original.title(), changed.title())
                && original.category() == changed.category() && original.unit() == changed.unit()
                && Objects.equals(original.role(), changed.role())
                && Objects.equals(original.recurrence(), changed.recurrence());
    }

    private void write() {
        SheetFrame.titles(context, sheet, text.text("title.alternatives"));
        sheet.text(2, 0, text.text("note.inputs"), styles.note);
        int[] widths = new int[FIRST_ALTERNATIVE + 3 * Math.max(1, alternatives.size())];
        widths[ID] = 10;
        widths[LABEL] = 36;
        widths[BASELINE] = 16;
        for (int k = 0; k < Math.max(1, alternatives.size()); k++) {
            widths[quantityCol(k)] = 11;
            widths[rateCol(k)] = 13;
            widths[amountCol(k)] = 16;
        }
        SheetFrame.widths(sheet, widths);
        int lastColumn = widths.length - 1;
        if (alternatives.isEmpty()) {
            sheet.text(4, LABEL, text.text("note.none"), styles.text);
            SheetFrame.finish(context, sheet, -1, 0, LABEL, 4);
            return;
        }
        int header = 4;
        // Rows of the comparison, then the derivation: planned first so that the totals at the top
        // can refer to the chain at the bottom.
        int firstText = header + 1;
        int totalRow = firstText + 5;
        int differenceRow = totalRow + 1;
        int derivationTitle = differenceRow + 2;
        int derivationHeader = derivationTitle + 2;
        int firstRate = derivationHeader + 2;
        int firstItem = firstRate + roles.size();
        int lastItem = firstItem + rows.size() - 1;
        int lastOneTime = firstItem + (int) rows.stream().filter(r -> !r.item.isRecurring()).count() - 1;
        PriceChain chain = new PriceChain(estimate, lastItem + 1);

        writeNames(header, false);
        comparisonText(firstText, text.label("label.rationale"), Alternative::rationale);
        comparisonText(firstText + 1, text.label("label.gains"), Alternative::gains);
        comparisonText(firstText + 2, text.label("label.givesUp"), Alternative::givesUp);
        comparisonText(firstText + 3, text.text("label.basedOn"), a -> a.basedOn() == null ? null
                : estimate.alternative(a.basedOn()).map(Alternative::name).orElse(a.basedOn()));
        comparisonText(firstText + 4, text.text("label.changes"), this::describeChanges);
        sheet.text(totalRow, LABEL, text.label("label.grandTotal"), styles.totalText);
        sheet.formula(totalRow, BASELINE, DefinedNames.TOTAL, totals.grandTotal(), styles.moneyTotal);
        sheet.text(differenceRow, LABEL, text.label("label.delta"), styles.label);
        DefinedNames names = context.names();
        for (int k = 0; k < alternatives.size(); k++) {
            AlternativeTotals alternative = alternatives.get(k);
            String id = alternative.alternative().id();
            sheet.formula(totalRow, amountCol(k), SheetWriter.local(chain.total, amountCol(k)),
                    alternative.totals().grandTotal(), styles.moneyTotal);
            names.define(names.of("Alternative", id, "_Total"), sheet.absolute(totalRow, amountCol(k)));
            sheet.formula(differenceRow, amountCol(k), SheetWriter.local(totalRow, amountCol(k)) + "-"
                    + DefinedNames.TOTAL, alternative.delta(), styles.moneyBold);
            names.define(names.of("Alternative", id, "_Delta"), sheet.absolute(differenceRow, amountCol(k)));
        }

        sheet.text(derivationTitle, 0, text.text("label.derivation"), styles.subtitle);
        sheet.text(derivationTitle + 1, 0, text.text("note.derivation"), styles.note);
        writeNames(derivationHeader, true);
        List<String> columns = new ArrayList<>(List.of(text.label("label.id"), text.label("label.item"),
                text.label("label.amount")));
        for (int k = 0; k < alternatives.size(); k++) {
            columns.addAll(List.of(text.label("label.quantity"), text.label("label.rate"), text.label("label.amount")));
        }
        List<Integer> numeric = new ArrayList<>();
        for (int col = BASELINE; col <= lastColumn; col++) {
            numeric.add(col);
        }
        SheetFrame.headerRow(context, sheet, derivationHeader + 1, columns, numeric);
        Map<String, String[]> roleRates = writeRoleRates(firstRate);
        for (int i = 0; i < rows.size(); i++) {
            writeItem(rows.get(i), firstItem + i, roleRates);
        }
        chain.writeLabels(context, sheet, LABEL);
        chain.writeColumn(context, sheet, BASELINE, sumOf(firstItem, lastOneTime, BASELINE), totals.price(), false);
        for (int k = 0; k < alternatives.size(); k++) {
            chain.writeColumn(context, sheet, amountCol(k), sumOf(firstItem, lastOneTime, amountCol(k)),
                    alternatives.get(k).totals().price(), false);
            cells.subtotals().put(alternatives.get(k).alternative().id(), sheet.absolute(chain.subtotal, amountCol(k)));
        }
        int last = rows.stream().anyMatch(r -> r.item.isRecurring())
                ? writeRecurring(chain.total + 1, lastOneTime + 1, chain.total) : chain.total;
        sheet.sheet().createFreezePane(FIRST_ALTERNATIVE, header + 1);
        SheetFrame.finish(context, sheet, -1, FIRST_ALTERNATIVE, lastColumn, last);
    }

    /**
     * Below the chain, the recurring part in each column: what recurs per period (tax included), every
     * charge over its term, the total cost of ownership (the chain's total plus that) and its difference
     * from the baseline's. Each recurring row's charge runs through the recurring adjustments and the
     * tax as the Recurring sheet's columns do, written out in one formula per cell.
     */
    private int writeRecurring(int row, int firstRecurring, int totalRow) {
        List<ItemRow> recurringRows = rows.stream().filter(r -> r.item.isRecurring()).toList();
        dev.estimator.export.document.Phrasing p = context.phrasing();
        java.util.Set<RecurrencePeriod> periods = new java.util.TreeSet<>();
        recurringRows.forEach(r -> periods.add(r.item.recurrence().every()));
        for (RecurrencePeriod every : periods) {
            sheet.text(row, LABEL, p.text("recurring.every." + every.fileName()), styles.label);
            for (int k = -1; k < alternatives.size(); k++) {
                List<String> terms = new ArrayList<>();
                for (int i = 0; i < recurringRows.size(); i++) {
                    ItemRow item = recurringRows.get(i);
                    if (item.item.recurrence().every() == every && present(item, k)) {
                        terms.add(perChargeTotal(SheetWriter.local(firstRecurring + i, column(k))));
                    }
                }
                EstimateTotals priced = k < 0 ? totals : alternatives.get(k).totals();
                BigDecimal cached = priced.recurring().perPeriod().stream().filter(c -> c.every() == every)
                        .map(PeriodCharge::total).findFirst().orElse(totals.rounding().zero());
                sheet.formula(row, column(k), terms.isEmpty() ? "0" : context.round(String.join("+", terms)), cached,
                        styles.money);
            }
            row++;
        }
        sheet.text(row, LABEL, p.text("recurring.overTerm"), styles.label);
        int overTerm = row;
        for (int k = -1; k < alternatives.size(); k++) {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < recurringRows.size(); i++) {
                ItemRow item = recurringRows.get(i);
                if (present(item, k)) {
                    LineItem line = k < 0 ? item.item : item.inAlternative[k];
                    terms.add(line.recurrence().charges() + "*"
                            + perChargeTotal(SheetWriter.local(firstRecurring + i, column(k))));
                }
            }
            EstimateTotals priced = k < 0 ? totals : alternatives.get(k).totals();
            sheet.formula(row, column(k), terms.isEmpty() ? "0" : context.round(String.join("+", terms)),
                    priced.recurring().recurringTotal(), styles.money);
        }
        row++;
        sheet.text(row, LABEL, p.text("recurring.tcoTotal"), styles.totalText);
        int tco = row;
        DefinedNames names = context.names();
        for (int k = -1; k < alternatives.size(); k++) {
            EstimateTotals priced = k < 0 ? totals : alternatives.get(k).totals();
            sheet.formula(row, column(k), context.round(SheetWriter.local(totalRow, column(k)) + "+"
                    + SheetWriter.local(overTerm, column(k))), priced.totalCostOfOwnership(), styles.moneyTotal);
            if (k >= 0) {
                names.define(names.of("Alternative", alternatives.get(k).alternative().id(), "_TCO"),
                        sheet.absolute(row, column(k)));
            }
        }
        row++;
        sheet.text(row, LABEL, p.text("alternatives.tcoDelta"), styles.label);
        for (int k = 0; k < alternatives.size(); k++) {
            sheet.formula(row, column(k), context.round(SheetWriter.local(tco, column(k)) + "-"
                    + SheetWriter.local(tco, BASELINE)), alternatives.get(k).totalCostOfOwnershipDelta(), styles.moneyBold);
            names.define(names.of("Alternative", alternatives.get(k).alternative().id(), "_TCODelta"),
                    sheet.absolute(row, column(k)));
        }
        return row;
    }

    /** The baseline's amount column for {@code k} = -1, else alternative k's. */
    private static int column(int k) {
        return k < 0 ? BASELINE : amountCol(k);
    }

    private static boolean present(ItemRow row, int k) {
        return k < 0 ? row.baselineRow >= 0 : row.inAlternative[k] != null;
    }

    /** One charge with tax: the amount through each recurring adjustment in order, then the tax (as the calculator). */
    private String perChargeTotal(String amount) {
        String net = amount;
        for (Adjustment adjustment : estimate.adjustments()) {
            if (adjustment.appliesTo().recurring() && adjustment.percent() != null) {
                String magnitude = context.round(net + "*" + context.names().of("Adjustment", adjustment.id()) + "/100");
                net = context.round(net + (adjustment.kind() == AdjustmentKind.DISCOUNT ? "-" : "+") + magnitude);
            }
        }
        return estimate.tax() == null ? net
                : "(" + net + "+" + context.round(net + "*" + DefinedNames.TAX_PERCENT + "/100") + ")";
    }

    private static String sumOf(int first, int last, int col) {
        return last < first ? "0" : "SUM(" + SheetWriter.local(first, col) + ":" + SheetWriter.local(last, col) + ")";
    }

    /** A header row naming the baseline and each alternative, each name across its three columns. */
    private void writeNames(int row, boolean withBaseline) {
        sheet.blank(row, ID, styles.header);
        sheet.text(row, LABEL, withBaseline ? "" : text.label("label.alternative"), styles.header);
        sheet.text(row, BASELINE, text.text("label.baseline"), styles.headerNumber);
        for (int k = 0; k < alternatives.size(); k++) {
            sheet.blank(row, rateCol(k), styles.header);
            sheet.blank(row, amountCol(k), styles.header);
            sheet.merged(row, quantityCol(k), amountCol(k), alternatives.get(k).alternative().name(), styles.header);
        }
    }

    private void comparisonText(int row, String label, java.util.function.Function<Alternative, String> field) {
        sheet.text(row, LABEL, label, styles.label);
        for (int k = 0; k < alternatives.size(); k++) {
            sheet.merged(row, quantityCol(k), amountCol(k), field.apply(alternatives.get(k).alternative()),
                    styles.wrap);
        }
    }

    /** Each role's rate under each alternative: the rate card's unless the alternative changes it. */
    private Map<String, String[]> writeRoleRates(int first) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        DefinedNames names = context.names();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            int row = first + i;
            String rateName = names.of("Rate", role.id());
            sheet.text(row, ID, role.id(), styles.text);
            sheet.text(row, LABEL, text.text("label.rateOf", role.name()), styles.text);
            sheet.formula(row, BASELINE, rateName, role.rate(), styles.rate);
            String[] refs = new String[alternatives.size()];
            for (int k = 0; k < alternatives.size(); k++) {
                BigDecimal rate = applied.get(k).rateCard().role(role.id()).map(Role::rate).orElse(role.rate());
                if (rate.compareTo(role.rate()) == 0) {
                    sheet.formula(row, rateCol(k), rateName, rate, styles.rate);
                } else {
                    sheet.number(row, rateCol(k), rate, styles.rateInput);
                }
                refs[k] = SheetWriter.local(row, rateCol(k));
            }
            cells.put(role.id(), refs);
        }
        return cells;
    }

    private void writeItem(ItemRow itemRow, int row, Map<String, String[]> roleRates) {
        BreakdownLayout layout = context.layout();
        SheetWriter breakdown = context.sheets().breakdown();
        sheet.text(row, ID, itemRow.item.id(), styles.text);
        String title = itemRow.item.title() + (itemRow.addedBy == null ? "" : " " + text.text("label.addedIn",
                itemRow.addedBy));
        sheet.text(row, LABEL, title, styles.wrap);
        if (itemRow.baselineRow >= 0) {
            sheet.formula(row, BASELINE, breakdown.ref(itemRow.baselineRow, layout.amount),
                    totals.item(itemRow.item.id()).amount(), styles.money);
        }
        for (int k = 0; k < alternatives.size(); k++) {
            LineItem item = itemRow.inAlternative[k];
            if (item == null) {
                if (itemRow.baselineRow >= 0) {
                    sheet.number(row, amountCol(k), totals.rounding().zero(), styles.money);
                }
                continue;
            }
            ItemTotal priced = alternatives.get(k).totals().item(item.id());
            boolean unchangedQuantity = itemRow.baselineRow >= 0 && item.quantity().equals(itemRow.item.quantity());
            if (unchangedQuantity) {
                sheet.formula(row, quantityCol(k), breakdown.ref(itemRow.baselineRow, layout.quantity),
                        priced.quantity(), styles.quantity);
            } else {
                switch (item.quantity()) {
                    case Quantity.Fixed fixed -> sheet.number(row, quantityCol(k), fixed.value(), styles.quantityInput);
                    case Quantity.ThreePoint range -> sheet.formula(row, quantityCol(k), Formulas.pertMean(
                            Formulas.literal(range.optimistic()), Formulas.literal(range.mostLikely()),
                            Formulas.literal(range.pessimistic())), priced.quantity(), styles.quantityInput);
                }
            }
            if (item.isLabour()) {
                Role role = applied.get(k).rateCard().role(item.role()).orElseThrow();
                sheet.formula(row, rateCol(k), Formulas.ratePerUnit(roleRates.get(role.id())[k], role.per(),
                        item.unit(), context.scale()), priced.rate(), styles.rate);
            } else if (itemRow.baselineRow >= 0 && item.unitPrice().compareTo(itemRow.item.unitPrice()) == 0) {
                sheet.formula(row, rateCol(k), breakdown.ref(itemRow.baselineRow, layout.rate), priced.rate(),
                        styles.rate);
            } else {
                sheet.number(row, rateCol(k), item.unitPrice(), styles.rateInput);
            }
            sheet.formula(row, amountCol(k), context.round(SheetWriter.local(row, quantityCol(k)) + "*"
                    + SheetWriter.local(row, rateCol(k))), priced.amount(), styles.money);
            cells.itemAmounts().computeIfAbsent(alternatives.get(k).alternative().id(), id -> new LinkedHashMap<>())
                    .put(item.id(), sheet.absolute(row, amountCol(k)));
        }
    }

    /** The alternative's changes in words, one per line, as every document words them. */
    private String describeChanges(Alternative alternative) {
        return alternative.changes().stream().map(context.phrasing()::change).collect(Collectors.joining("\n"));
    }
}
