package dev.estimator.export.xlsx;

import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Risk;
import java.math.BigDecimal;
import java.util.List;

/**
 * The risk register with each risk's expected cost, the contingency and how it was set, and the
 * range of the total: the optimistic, P80 and pessimistic subtotals each carried through the same
 * price chain as the baseline.
 */
final class RisksSheet extends SheetBuilder {

    private static final int HEADER = SheetFrame.TABLE_HEADER;
    private static final int EXPECTED = 5;
    private static final int OPTIMISTIC = 2;
    private static final int P80 = 3;
    private static final int PESSIMISTIC = 4;

    private final DefinedNames names;

    private RisksSheet(WorkbookContext context) {
        super(context, context.sheets().risks());
        this.names = context.names();
    }

    static void write(WorkbookContext context) {
        new RisksSheet(context).write();
    }

    private void write() {
        SheetFrame.table(context, sheet, "title.risks", true, List.of(text.label("label.id"),
                text.label("label.risks"), text.label("label.probability"), text.text("label.impactLow"),
                text.text("label.impactHigh"), text.label("label.expectedCost"), text.label("label.mitigation"),
                text.text("label.items")), List.of(2, 3, 4, EXPECTED), 10, 48, 16, 16, 16, 16, 40, 14);
        int row = HEADER + 1;
        List<RiskExposure> exposures = totals.riskExposures();
        for (RiskExposure exposure : exposures) {
            Risk risk = exposure.risk();
            sheet.text(row, 0, risk.id(), styles.text);
            sheet.text(row, 1, risk.description(), styles.wrap);
            sheet.number(row, 2, risk.probability(), styles.percentInput);
            sheet.number(row, 3, risk.impact().low(), styles.moneyInput);
            sheet.number(row, 4, risk.impact().high(), styles.moneyInput);
            String midpoint = "(" + SheetWriter.local(row, 3) + "+" + SheetWriter.local(row, 4) + ")/2";
            sheet.formula(row, EXPECTED, context.round(midpoint + "*" + SheetWriter.local(row, 2) + "/100"),
                    exposure.expectedCost(), styles.money);
            names.define(names.of("Risk", risk.id(), "_ExpectedCost"), sheet.absolute(row, EXPECTED));
            sheet.text(row, 6, risk.mitigation(), styles.wrap);
            sheet.text(row, 7, String.join(", ", risk.items()), styles.wrap);
            row++;
        }
        BigDecimal expected = totals.expectedRiskCost();
        sheet.text(row, 1, text.text("label.expectedTotal"), styles.subtotalText);
        if (exposures.isEmpty()) {
            sheet.number(row, EXPECTED, expected, styles.subtotalMoney);
        } else {
            sheet.formula(row, EXPECTED, "SUM(" + SheetWriter.local(HEADER + 1, EXPECTED) + ":"
                    + SheetWriter.local(row - 1, EXPECTED) + ")", expected, styles.subtotalMoney);
        }
        names.define(DefinedNames.RISKS_EXPECTED, sheet.absolute(row, EXPECTED));
        row += 2;

        Contingency contingency = context.estimate().contingency();
        if (contingency != null) {
            sheet.text(row, 1, text.label("label.contingency"), styles.label);
            sheet.formula(row, EXPECTED, DefinedNames.CONTINGENCY, totals.contingency(), styles.moneyBold);
            row++;
            String how = (contingency.method() == null ? "" : text.name(contingency.method()) + ". ")
                    + (contingency.explanation() == null ? "" : contingency.explanation());
            sheet.merged(row, 1, 4, how, styles.wrap);
            row += 2;
        }
        row = writeRange(row);
        row = new SimulationTable(context, sheet).write(row + 2);
        SheetFrame.finish(context, sheet, HEADER, 0, 7, row);
    }

    private int writeRange(int start) {
        int row = start;
        sheet.text(row++, 0, text.text("label.range"), styles.subtitle);
        sheet.text(row++, 0, text.text("note.range"), styles.note);
        BreakdownLayout layout = context.layout();
        SheetWriter breakdown = context.sheets().breakdown();
        sheet.text(row, 1, text.text("label.stdDeviation"), styles.text);
        String deviation = layout.hasSpread()
                ? context.round("SQRT(SUMSQ(" + breakdown.range(BreakdownLayout.FIRST_ROW, layout.lastRow(),
                layout.standardDeviation) + "))") : "0";
        sheet.formula(row, P80, deviation, totals.range().standardDeviation(), styles.money);
        names.define(DefinedNames.STANDARD_DEVIATION, sheet.absolute(row++, P80));
        // With a simulation its percentiles are the one "80 %" figure (below, as in the PDF); the
        // three-point P80 beside them would be a second, different one.
        boolean p80 = !SimulationTable.ran(totals.simulation());
        if (p80) {
            sheet.text(row, 1, text.text("label.z80"), styles.text);
            sheet.number(row, P80, RangeScenarios.Z80, styles.numberInput);
            names.define(DefinedNames.Z80, sheet.absolute(row++, P80));
        }

        SheetFrame.headerRow(context, sheet, row++, List.of("", "", text.label("label.optimistic"), p80 ? "P80" : "",
                text.label("label.pessimistic")), p80 ? List.of(OPTIMISTIC, P80, PESSIMISTIC) : List.of(OPTIMISTIC, PESSIMISTIC));
        RangeScenarios scenarios = RangeScenarios.of(totals);
        PriceChain chain = new PriceChain(context.estimate(), row);
        chain.writeLabels(context, sheet, 1);
        scenario(chain, OPTIMISTIC, layout.hasSpread()
                ? "SUM(" + breakdown.range(BreakdownLayout.FIRST_ROW, layout.lastRow(), layout.optimisticAmount) + ")"
                : DefinedNames.SUBTOTAL, scenarios.optimistic(), DefinedNames.OPTIMISTIC);
        if (p80) {
            scenario(chain, P80, DefinedNames.SUBTOTAL + "+" + context.round(DefinedNames.STANDARD_DEVIATION + "*"
                    + DefinedNames.Z80), scenarios.p80(), DefinedNames.P80);
        }
        scenario(chain, PESSIMISTIC, layout.hasSpread()
                ? "SUM(" + breakdown.range(BreakdownLayout.FIRST_ROW, layout.lastRow(), layout.pessimisticAmount) + ")"
                : DefinedNames.SUBTOTAL, scenarios.pessimistic(), DefinedNames.PESSIMISTIC);
        return chain.total;
    }

    private void scenario(PriceChain chain, int col, String subtotal, PriceTail cached, String name) {
        chain.writeColumn(context, sheet, col, subtotal, cached, false);
        names.define(name, sheet.absolute(chain.total, col));
    }
}
