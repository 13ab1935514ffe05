package dev.estimator.export.xlsx;

import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Role;
import dev.estimator.export.xlsx.BreakdownLayout.GroupRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Every line item with its inputs, its formulas (priced quantity, rate per unit, amount) and its
 * justification; each group outlined with a heading and a subtotal row. The internal workbook adds
 * each item's cost rate and cost.
 */
final class BreakdownSheet extends SheetBuilder {

    private final BreakdownLayout layout;
    private final Map<String, GroupTotal> groupTotals = new HashMap<>();

    private BreakdownSheet(WorkbookContext context) {
        super(context, context.sheets().breakdown());
        this.layout = context.layout();
        totals.allGroups().forEach(g -> groupTotals.put(g.groupId(), g));
    }

    static void write(WorkbookContext context) {
        new BreakdownSheet(context).write();
    }

    private void write() {
        SheetFrame.titles(context, sheet, text.text("title.breakdown"));
        sheet.text(2, 0, text.text("note.inputs"), styles.note);
        writeHeader();
        for (GroupRows group : layout.topGroups()) {
            writeGroup(group);
        }
        int totalRow = layout.lastRow() + 2;
        sheet.text(totalRow, layout.title, text.label("label.subtotal"), styles.totalText);
        List<String> tops = layout.topGroups().stream().map(g -> SheetWriter.local(g.subtotal(), layout.amount)).toList();
        sheet.formula(totalRow, layout.amount, Formulas.sum(tops), totals.subtotal(), styles.moneyTotal);
        if (layout.internal() && totals.internal().isPresent()) {
            List<String> costs = layout.topGroups().stream().map(g -> SheetWriter.local(g.subtotal(), layout.cost)).toList();
            sheet.formula(totalRow, layout.cost, Formulas.sum(costs), totals.internal().get().cost(), styles.moneyTotal);
            context.names().define(DefinedNames.TOTAL_COST, sheet.absolute(totalRow, layout.cost));
        }
        sheet.sheet().setAutoFilter(new CellRangeAddress(BreakdownLayout.HEADER_ROW, Math.max(layout.lastRow(),
                BreakdownLayout.FIRST_ROW), 0, layout.lastColumn));
        sheet.sheet().setRowSumsBelow(true);
        SheetFrame.finish(context, sheet, BreakdownLayout.HEADER_ROW, 2, layout.lastPrinted, totalRow);
    }

    private void writeHeader() {
        String[] labels = new String[layout.lastColumn + 1];
        labels[layout.id] = text.label("label.id");
        labels[layout.title] = text.label("label.title");
        labels[layout.description] = text.label("label.description");
        labels[layout.groupPath] = text.text("label.groupPath");
        labels[layout.category] = text.label("label.category");
        labels[layout.optional] = text.label("label.optional");
        labels[layout.optimistic] = text.label("label.optimistic");
        labels[layout.mostLikely] = text.label("label.mostLikely");
        labels[layout.pessimistic] = text.label("label.pessimistic");
        labels[layout.quantity] = text.label("label.quantity");
        labels[layout.unit] = text.label("label.unit");
        labels[layout.rate] = text.label("label.rate");
        labels[layout.amount] = text.label("label.amount");
        labels[layout.basis] = text.label("label.basis");
        labels[layout.confidence] = text.label("label.confidence");
        labels[layout.justification] = text.text("label.justification");
        labels[layout.assumptions] = text.label("label.assumptions");
        labels[layout.risks] = text.label("label.risks");
        List<Integer> numbers = new ArrayList<>(List.of(layout.optimistic, layout.mostLikely, layout.pessimistic,
                layout.quantity, layout.rate, layout.amount));
        int[] widths = new int[layout.lastColumn + 1];
        int[] base = {9, 28, 30, 18, 9, 10, 10, 10, 10, 9, 12, 14, 15, 10, 46, 12, 9};
        System.arraycopy(base, 0, widths, 0, base.length);
        widths[layout.groupPath] = 30;
        if (layout.internal()) {
            labels[layout.costRate] = text.text("label.costRate");
            labels[layout.cost] = text.label("label.cost");
            numbers.addAll(List.of(layout.costRate, layout.cost));
            widths[layout.costRate] = 13;
            widths[layout.cost] = 15;
        }
        if (layout.hasSpread()) {
            labels[layout.optimisticAmount] = text.text("label.optimisticAmount");
            labels[layout.pessimisticAmount] = text.text("label.pessimisticAmount");
            labels[layout.standardDeviation] = text.text("label.stdDeviation");
            numbers.addAll(List.of(layout.optimisticAmount, layout.pessimisticAmount, layout.standardDeviation));
            widths[layout.optimisticAmount] = 15;
            widths[layout.pessimisticAmount] = 15;
            widths[layout.standardDeviation] = 14;
        }
        SheetFrame.widths(sheet, widths);
        SheetFrame.headerRow(context, sheet, BreakdownLayout.HEADER_ROW, Arrays.asList(labels), numbers);
    }

    private void writeGroup(GroupRows rows) {
        int heading = rows.heading();
        for (int col = 0; col <= layout.lastPrinted; col++) {
            sheet.blank(heading, col, styles.groupText);
        }
        sheet.text(heading, layout.title, rows.group().title(), styles.groupText);
        sheet.text(heading, layout.description, rows.group().description(), styles.groupWrap);
        sheet.text(heading, layout.groupPath, rows.path(), styles.text);
        SheetFrame.outline(sheet, heading, rows.depth());

        int row = rows.firstItem();
        for (LineItem item : rows.group().items()) {
            writeItem(item, rows, row);
            SheetFrame.outline(sheet, row, rows.depth() + 1);
            row++;
        }
        for (GroupRows subgroup : rows.subgroups()) {
            writeGroup(subgroup);
        }
        writeSubtotal(rows);
    }

    private void writeSubtotal(GroupRows rows) {
        int row = rows.subtotal();
        GroupTotal total = groupTotals.get(rows.group().id());
        for (int col = 0; col <= layout.lastPrinted; col++) {
            sheet.blank(row, col, styles.subtotalText);
        }
        sheet.text(row, layout.title, text.text("label.subtotalOf", rows.group().title()), styles.subtotalText);
        sheet.text(row, layout.groupPath, rows.path(), styles.text);
        sheet.formula(row, layout.amount, Formulas.sum(parts(rows, layout.amount)), total.amount(), styles.subtotalMoney);
        context.names().define(context.names().of("Group", rows.group().id(), "_Subtotal"),
                sheet.absolute(row, layout.amount));
        if (layout.internal() && total.cost() != null) {
            sheet.formula(row, layout.cost, Formulas.sum(parts(rows, layout.cost)), total.cost(), styles.subtotalMoney);
        }
        SheetFrame.outline(sheet, row, rows.depth());
    }

    /** The group's own items as one range, then each subgroup's subtotal. */
    private List<String> parts(GroupRows rows, int col) {
        List<String> terms = new ArrayList<>();
        if (rows.lastItem() >= rows.firstItem()) {
            terms.add(SheetWriter.local(rows.firstItem(), col) + ":" + SheetWriter.local(rows.lastItem(), col));
        }
        rows.subgroups().forEach(g -> terms.add(SheetWriter.local(g.subtotal(), col)));
        return terms;
    }

    private void writeItem(LineItem item, GroupRows group, int row) {
        ItemTotal total = totals.item(item.id());
        sheet.text(row, layout.id, item.id(), styles.text);
        sheet.text(row, layout.title, item.title(), styles.wrap);
        sheet.text(row, layout.description, item.description(), styles.wrap);
        sheet.text(row, layout.groupPath, group.path(), styles.text);
        Optional<Role> role = item.isLabour() ? estimate.rateCard().role(item.role()) : Optional.empty();
        String category = text.name(item.category()) + role.map(r -> " \u00B7 " + r.name()).orElse("");
        sheet.text(row, layout.category, category, styles.wrap);
        sheet.text(row, layout.optional, item.optional() ? text.label("label.yes") : text.label("label.no"), styles.text);

        String quantity = SheetWriter.local(row, layout.quantity);
        String rate = SheetWriter.local(row, layout.rate);
        switch (item.quantity()) {
            case Quantity.Fixed fixed -> sheet.number(row, layout.quantity, fixed.value(), styles.quantityInput);
            case Quantity.ThreePoint range -> {
                sheet.number(row, layout.optimistic, range.optimistic(), styles.quantityInput);
                sheet.number(row, layout.mostLikely, range.mostLikely(), styles.quantityInput);
                sheet.number(row, layout.pessimistic, range.pessimistic(), styles.quantityInput);
                sheet.formula(row, layout.quantity, Formulas.pertMean(SheetWriter.local(row, layout.optimistic),
                        SheetWriter.local(row, layout.mostLikely), SheetWriter.local(row, layout.pessimistic)),
                        total.quantity(), styles.quantity);
            }
        }
        sheet.text(row, layout.unit, text.unitName(item), styles.text);
        if (role.isPresent()) {
            sheet.formula(row, layout.rate, Formulas.ratePerUnit(context.names().of("Rate", role.get().id()),
                    role.get().per(), item.unit(), context.scale()), total.rate(), styles.rate);
        } else {
            sheet.number(row, layout.rate, total.rate(), styles.rateInput);
        }
        sheet.formula(row, layout.amount, context.round(quantity + "*" + rate), total.amount(), styles.money);

        Justification why = item.justification();
        sheet.text(row, layout.basis, why.basis() == null ? null : text.name(why.basis()), styles.wrap);
        sheet.text(row, layout.confidence, why.confidence() == null ? null : text.name(why.confidence()), styles.text);
        String reasoning = why.reasoning() == null ? "" : why.reasoning();
        if (why.source() != null && !why.source().isBlank()) {
            reasoning = reasoning + (reasoning.isEmpty() ? "" : "\n") + text.text("label.sourcePrefix", why.source());
        }
        sheet.text(row, layout.justification, reasoning, styles.wrap);
        sheet.text(row, layout.assumptions, String.join(", ", why.assumptions()), styles.wrap);
        sheet.text(row, layout.risks, String.join(", ", why.risks()), styles.wrap);

        if (layout.internal()) {
            writeCost(item, role, total, row);
        }
        if (layout.hasSpread()) {
            writeSpread(item, total, row);
        }
    }

    private void writeCost(LineItem item, Optional<Role> role, ItemTotal total, int row) {
        String quantity = SheetWriter.local(row, layout.quantity);
        String costRate = SheetWriter.local(row, layout.costRate);
        if (role.isPresent()) {
            if (role.get().cost() == null) {
                return;
            }
            sheet.formula(row, layout.costRate, Formulas.ratePerUnit(context.names().of("Cost", role.get().id()),
                    role.get().per(), item.unit(), context.scale()), total.costRate(), styles.money);
        } else if (item.unitCost() != null) {
            sheet.number(row, layout.costRate, item.unitCost(), styles.rateInput);
        } else {
            // Passed through at cost: it costs what it is sold for.
            sheet.formula(row, layout.costRate, SheetWriter.local(row, layout.rate), total.rate(), styles.rate);
        }
        sheet.formula(row, layout.cost, context.round(quantity + "*" + costRate), total.cost(), styles.money);
    }

    private void writeSpread(LineItem item, ItemTotal total, int row) {
        String rate = SheetWriter.local(row, layout.rate);
        if (total.spread() == null) {
            String amount = SheetWriter.local(row, layout.amount);
            sheet.formula(row, layout.optimisticAmount, amount, total.amount(), styles.money);
            sheet.formula(row, layout.pessimisticAmount, amount, total.amount(), styles.money);
            return;
        }
        String optimistic = SheetWriter.local(row, layout.optimistic);
        String pessimistic = SheetWriter.local(row, layout.pessimistic);
        sheet.formula(row, layout.optimisticAmount, context.round(optimistic + "*" + rate),
                total.spread().optimisticAmount(), styles.money);
        sheet.formula(row, layout.pessimisticAmount, context.round(pessimistic + "*" + rate),
                total.spread().pessimisticAmount(), styles.money);
        sheet.formula(row, layout.standardDeviation, rate + "*(" + pessimistic + "-" + optimistic + ")/6",
                total.amountStandardDeviation(), styles.money);
    }
}
