package dev.estimator.export.xlsx;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.export.document.Phrasing;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.xlsx.BreakdownLayout.GroupRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet: who and what the estimate is for, each top-level group's subtotal, the chain
 * to the grand total (with the contingency, adjustment and tax rates as named inputs) and, when some
 * items are optional, the same chain without them, the range
 * of the total, each alternative's total and difference, and a chart of the cost by group.
 */
final class SummarySheet extends SheetBuilder {

    static final int LABEL = 0;
    static final int DETAIL = 1;
    static final int BASIS = 2;
    static final int AMOUNT = 3;
    /** The price chain without the optional items, when there are any. */
    static final int WITHOUT_OPTIONAL = 4;

    private final List<String> optionalAmounts;
    private int row;

    private SummarySheet(WorkbookContext context) {
        super(context, context.sheets().summary());
        BreakdownLayout layout = context.layout();
        this.optionalAmounts = estimate.allItems().filter(i -> i.optional() && !i.isRecurring())
                .map(item -> context.sheets().breakdown().ref(layout.itemRow(item.id()), layout.amount)).toList();
    }

    static void write(WorkbookContext context) {
        new SummarySheet(context).write();
    }

    private void write() {
        SheetFrame.widths(sheet, 36, 58, 14, 18, 18, 22);
        int lastColumn = invoicedSeparately() ? invoicedColumn() : optionalAmounts.isEmpty() ? AMOUNT : WITHOUT_OPTIONAL;
        Header header = estimate.header();
        sheet.text(0, 0, header.title(), styles.title);
        sheet.row(0).setHeightInPoints(24);
        String reference = header.reference() == null || header.reference().isBlank() ? ""
                : text.label("label.reference") + " " + header.reference().strip() + " \u00B7 ";
        sheet.text(1, 0, reference + text.text("title.summary") + " \u00B7 " + header.client().name(), styles.subtitle);
        if (context.request().isInternal()) {
            sheet.text(2, 0, text.label("label.internalOnly"), styles.warning);
        }
        row = 3;
        writeIdentity(header);
        row++;
        List<String> headings = new ArrayList<>(List.of(text.text("label.groupPath"),
                text.label("label.description"), text.text("label.basisValue"), text.label("label.amount")));
        if (!optionalAmounts.isEmpty()) {
            headings.add(text.text("label.withoutOptional"));
        }
        if (invoicedSeparately()) {
            headings.add(text.text("label.invoiced"));
        }
        SheetFrame.headerRow(context, sheet, row++, headings, List.of(BASIS, AMOUNT, WITHOUT_OPTIONAL, WITHOUT_OPTIONAL + 1));
        int firstGroup = row;
        List<GroupTotal> groupTotals = totals.groups();
        List<GroupRows> groups = context.layout().topGroups();
        for (int i = 0; i < groups.size(); i++) {
            GroupRows group = groups.get(i);
            sheet.text(row, LABEL, group.group().title(), styles.wrap);
            sheet.text(row, DETAIL, group.group().description(), styles.wrap);
            sheet.formula(row, AMOUNT, context.sheets().breakdown().ref(group.subtotal(), context.layout().amount),
                    groupTotals.get(i).amount(), styles.money);
            row++;
        }
        int lastGroup = row - 1;
        writeChain(firstGroup, lastGroup);
        row++;
        writeRange();
        row++;
        writeAlternatives();
        row++;
        sheet.text(row++, LABEL, text.text("note.inputs"), styles.note);
        row++;
        if (!groups.isEmpty()) {
            // The chart starts a printed page of its own rather than being cut across two.
            sheet.sheet().setRowBreak(row - 1);
            GroupCostChart.draw(context, sheet, firstGroup, lastGroup, row, row + 18);
        }
        SheetFrame.finish(context, sheet, -1, 0, lastColumn, row + 18);
    }

    private void writeIdentity(Header header) {
        // The client's kind is the provider's own classification: never printed (issue 11).
        if (header.reference() != null && !header.reference().isBlank()) {
            pair(text.label("label.reference"), header.reference().strip());
        }
        pair(text.label("label.client"), header.client().name());
        if (header.client().contact() != null) {
            pair("", header.client().contact());
        }
        pair(text.label("label.provider"), header.provider().name());
        pair(text.label("label.author"), header.author());
        String revision = String.valueOf(header.revision().number());
        if (header.revision().note() != null && !header.revision().note().isBlank()) {
            revision += " \u2014 " + header.revision().note();
        }
        pair(text.label("label.revision"), revision);
        datePair(text.label("label.issueDate"), header.issueDate());
        datePair(text.label("label.validUntil"), header.validUntil());
        pair(text.text("label.purpose"), header.purpose());
        dev.estimator.export.document.Phrasing phrasing = context.phrasing();
        dev.estimator.export.document.KeyFigures.pricingModel(phrasing, totals)
                .ifPresent(line -> pair(phrasing.text("keyFigures.pricingModel"), line));
        dev.estimator.export.document.KeyFigures.recurring(phrasing, estimate, totals)
                .ifPresent(line -> pair(phrasing.text("recurring.tco"), line));
        pair(text.label("label.currency"), header.currency().getCurrencyCode());
        pair(text.label("label.estimateClass"), text.text("label.classValue", header.estimateClass()));
        AccuracyRange accuracy = header.effectiveAccuracy();
        sheet.text(row, LABEL, text.label("label.accuracy"), styles.label);
        sheet.number(row, BASIS, accuracy.low(), styles.percentInput);
        context.names().define(DefinedNames.ACCURACY_LOW, sheet.absolute(row, BASIS));
        sheet.number(row, AMOUNT, accuracy.high(), styles.percentInput);
        context.names().define(DefinedNames.ACCURACY_HIGH, sheet.absolute(row, AMOUNT));
        row++;
    }

    /** Whether the payments invoice less than the total: a contingency billed only on approval. */
    private boolean invoicedSeparately() {
        return estimate.contingency() != null && totals.billing().billing() == ContingencyBilling.ON_APPROVAL;
    }

    /** The column of the chain the payments invoice, right of the others. */
    private int invoicedColumn() {
        return optionalAmounts.isEmpty() ? WITHOUT_OPTIONAL : WITHOUT_OPTIONAL + 1;
    }

    private void pair(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        sheet.text(row, LABEL, label, styles.label);
        sheet.merged(row, DETAIL, AMOUNT, value, styles.wrap);
        row++;
    }

    private void datePair(String label, LocalDate date) {
        if (date == null) {
            return;
        }
        sheet.text(row, LABEL, label, styles.label);
        sheet.date(row, DETAIL, date, styles.date);
        row++;
    }

    private void writeChain(int firstGroup, int lastGroup) {
        PriceChain chain = new PriceChain(estimate, row);
        chain.writeLabels(context, sheet, LABEL);
        String subtotal = lastGroup >= firstGroup
                ? "SUM(" + SheetWriter.local(firstGroup, AMOUNT) + ":" + SheetWriter.local(lastGroup, AMOUNT) + ")" : "0";
        chain.writeColumn(context, sheet, AMOUNT, subtotal, totals.price(), true);
        if (!optionalAmounts.isEmpty()) {
            // The same chain over the subtotal less the optional items: what the client pays without them.
            chain.writeColumn(context, sheet, WITHOUT_OPTIONAL, SheetWriter.local(chain.subtotal, AMOUNT) + "-("
                    + Formulas.sum(optionalAmounts) + ")", totals.priceWithoutOptional(), false);
            context.names().define(DefinedNames.TOTAL_WITHOUT_OPTIONAL, sheet.absolute(chain.total, WITHOUT_OPTIONAL));
        }
        if (invoicedSeparately()) {
            // The contingency is billed only on approval: the payments invoice the chain without it.
            chain.writeColumnWithoutContingency(context, sheet, invoicedColumn(), SheetWriter.local(chain.subtotal, AMOUNT),
                    totals.billing().invoiced());
            context.names().define(DefinedNames.BILLED_TOTAL, sheet.absolute(chain.total, invoicedColumn()));
        }
        DefinedNames names = context.names();
        Contingency contingency = estimate.contingency();
        if (contingency != null) {
            sheet.text(chain.contingency, DETAIL, contingency.explanation(), styles.wrap);
            if (contingency.method() == ContingencyMethod.PERCENT) {
                sheet.number(chain.contingency, BASIS, contingency.percent(), styles.percentInput);
                names.define(DefinedNames.CONTINGENCY_PERCENT, sheet.absolute(chain.contingency, BASIS));
            } else if (contingency.method() == ContingencyMethod.AMOUNT) {
                sheet.number(chain.contingency, BASIS, contingency.amount(), styles.moneyInput);
                names.define(DefinedNames.CONTINGENCY_FIXED, sheet.absolute(chain.contingency, BASIS));
            } else {
                sheet.text(chain.contingency, BASIS, text.name(contingency.method()), styles.wrap);
            }
        }
        List<Adjustment> adjustments = estimate.adjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            int at = chain.adjustment(i);
            sheet.text(at, DETAIL, dev.estimator.export.document.Trades.trade(context.phrasing(), adjustment).map(trade -> adjustment.reason() == null
                    || adjustment.reason().isBlank() ? trade : adjustment.reason() + "\n" + trade)
                    .orElse(adjustment.reason()), styles.wrap);
            boolean percent = adjustment.percent() != null;
            sheet.number(at, BASIS, percent ? adjustment.percent() : adjustment.amount(),
                    percent ? styles.percentInput : styles.moneyInput);
            names.define(names.of("Adjustment", adjustment.id()), sheet.absolute(at, BASIS));
        }
        if (chain.tax >= 0) {
            sheet.number(chain.tax, BASIS, estimate.tax().percent(), styles.percentInput);
            names.define(DefinedNames.TAX_PERCENT, sheet.absolute(chain.tax, BASIS));
        }
        for (int r = chain.subtotal; r <= chain.total; r++) {
            if (r == chain.subtotal || r == chain.net || r == chain.total) {
                for (int col = DETAIL; col < AMOUNT; col++) {
                    sheet.blank(r, col, r == chain.total ? styles.totalText : r == chain.subtotal
                            ? styles.subtotalText : null);
                }
            }
        }
        row = chain.total + 1;
    }

    private void writeRange() {
        sheet.text(row++, LABEL, text.text("label.range"), styles.subtitle);
        reference(text.text("label.rangeOptimistic"), DefinedNames.OPTIMISTIC, totals.range().optimistic());
        if (SimulationTable.ran(totals.simulation())) {
            // The simulation's budget figure (named on the risks sheet), not the three-point P80: one
            // "80 %" figure, as in the PDF.
            reference(text.text("label.simulationBudget", totals.simulation().budget().percent()),
                    SimulationTable.BUDGET, totals.simulation().budget().total());
        } else {
            reference(text.text("label.rangeP80"), DefinedNames.P80, totals.range().p80());
        }
        reference(text.text("label.rangePessimistic"), DefinedNames.PESSIMISTIC, totals.range().pessimistic());
        AccuracyRange accuracy = estimate.header().effectiveAccuracy();
        classEnd(text.text("label.classLow"), DefinedNames.ACCURACY_LOW, accuracy.low(), DefinedNames.CLASS_LOW,
                totals.range().classLow());
        classEnd(text.text("label.classHigh"), DefinedNames.ACCURACY_HIGH, accuracy.high(), DefinedNames.CLASS_HIGH,
                totals.range().classHigh());
    }

    private void reference(String label, String name, BigDecimal cached) {
        sheet.text(row, LABEL, label, styles.wrap);
        sheet.formula(row, AMOUNT, name, cached, styles.money);
        row++;
    }

    private void classEnd(String label, String percentName, BigDecimal percent, String name, BigDecimal cached) {
        sheet.text(row, LABEL, label, styles.wrap);
        sheet.formula(row, BASIS, percentName, percent, styles.percent);
        sheet.formula(row, AMOUNT, DefinedNames.TOTAL + "+" + context.round(DefinedNames.TOTAL + "*" + percentName + "/100"),
                cached, styles.money);
        context.names().define(name, sheet.absolute(row, AMOUNT));
        row++;
    }

    private void writeAlternatives() {
        List<AlternativeTotals> alternatives = totals.alternatives();
        if (alternatives.isEmpty()) {
            return;
        }
        SheetFrame.headerRow(context, sheet, row++, List.of(text.label("label.alternative"),
                text.label("label.rationale"), text.label("label.delta"), text.text("label.alternativeTotal")),
                List.of(BASIS, AMOUNT));
        DefinedNames names = context.names();
        for (AlternativeTotals alternative : alternatives) {
            String id = alternative.alternative().id();
            sheet.text(row, LABEL, alternative.alternative().name(), styles.wrap);
            sheet.text(row, DETAIL, alternative.alternative().rationale(), styles.wrap);
            sheet.formula(row, BASIS, names.of("Alternative", id, "_Delta"), alternative.delta(), styles.money);
            sheet.formula(row, AMOUNT, names.of("Alternative", id, "_Total"), alternative.totals().grandTotal(),
                    styles.money);
            row++;
        }
    }
}
