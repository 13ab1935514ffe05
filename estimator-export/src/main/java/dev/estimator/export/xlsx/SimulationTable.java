package dev.estimator.export.xlsx;

import dev.estimator.core.calc.Percentile;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TornadoBar;
import dev.estimator.core.model.Risk;
import dev.estimator.export.document.CorrelationPhrases;
import java.math.BigDecimal;
import java.util.List;

/**
 * The simulation's results on the risks sheet, as values under a note saying so: a spreadsheet
 * cannot rerun a Monte Carlo simulation, so these cells do not follow edits to the inputs. The
 * method, trials, seed and correlation assumed; the S-curve (the total at every
 * {@value SimulationResult#CURVE_STEP} %), the budget figure and the chance the quoted price
 * suffices; and the tornado's inputs with the totals at their 10th and 90th percentiles.
 * Named {@code Simulation_P<n>}, {@code Simulation_Budget}, {@code Simulation_QuotedChance} and,
 * for the {@value #NAMED_BARS} largest bars only, {@code Tornado_<id>_Swing}.
 */
final class SimulationTable extends SheetBuilder {

    private static final int LABEL = 1;
    private static final int VALUE = 2;
    /** The name of the recommended budget's cell. */
    static final String BUDGET = "Simulation_Budget";
    /**
     * How many of the tornado's bars, the largest swings first, get a named cell. Every bar keeps
     * its row, but a name per bar is no use to a reader (an estimate of 100,000 items has some
     * 33,000 bars) and each costs the spreadsheet, and POI writing it, a defined name.
     */
    static final int NAMED_BARS = 50;

    SimulationTable(WorkbookContext context, SheetWriter sheet) {
        super(context, sheet);
    }

    /**
     * Whether a simulation ran with something uncertain to draw (a ranged quantity or a risk). Its
     * percentiles are then the workbook's one confidence figure, as in the PDF: the three-point P80
     * is not shown beside them.
     */
    static boolean ran(SimulationResult simulation) {
        return simulation != null && (!simulation.uncertainItems().isEmpty() || !simulation.simulatedRisks().isEmpty());
    }

    /** Writes the table from {@code start}; returns the row after it (or {@code start} when nothing was simulated). */
    int write(int start) {
        SimulationResult simulation = totals.simulation();
        if (!ran(simulation)) {
            return start;
        }
        DefinedNames names = context.names();
        int row = start;
        sheet.text(row++, 0, text.text("label.simulation"), styles.subtitle);
        sheet.merged(row++, 0, 6, text.text("note.simulation"), styles.note);
        fact(row++, text.text("label.simulationMethod"), text.text("label.simulationMethodText"));
        fact(row++, text.text("label.simulationTrials"), context.phrasing().number(BigDecimal.valueOf(simulation.trials())));
        fact(row++, text.text("label.simulationSeed"), String.valueOf(simulation.seed()));
        fact(row++, text.text("label.simulationCorrelation"),
                CorrelationPhrases.assumed(estimate, context.phrasing(), simulation));
        fact(row++, text.text("label.simulationHistory"),
                text.text(simulation.includesHistory() ? "label.simulationHistoryYes" : "label.simulationHistoryNo"));
        row++;
        sheet.text(row, LABEL, text.text("label.simulationQuoted"), styles.text);
        sheet.number(row++, VALUE, simulation.quotedTotal(), styles.money);
        sheet.text(row, LABEL, text.text("label.simulationQuotedChance"), styles.text);
        sheet.number(row, VALUE, simulation.quotedConfidence(), styles.share);
        names.define("Simulation_QuotedChance", sheet.absolute(row++, VALUE));
        sheet.text(row, LABEL, text.text("label.simulationBudget", simulation.budget().percent()), styles.label);
        sheet.number(row, VALUE, simulation.budget().total(), styles.moneyBold);
        names.define(BUDGET, sheet.absolute(row++, VALUE));
        row++;
        SheetFrame.headerRow(context, sheet, row++, List.of("", text.text("label.simulationConfidence"),
                text.text("label.simulationTotal")), List.of(VALUE));
        for (Percentile level : simulation.percentiles()) {
            boolean budget = level.percent() == simulation.budget().percent();
            sheet.text(row, LABEL, "P" + level.percent(), budget ? styles.label : styles.text);
            sheet.number(row, VALUE, level.total(), budget ? styles.moneyBold : styles.money);
            names.define("Simulation_P" + level.percent(), sheet.absolute(row++, VALUE));
        }
        return tornado(simulation.tornado(), row + 1);
    }

    private int tornado(List<TornadoBar> bars, int start) {
        if (bars.isEmpty()) {
            return start;
        }
        int row = start;
        sheet.text(row++, 0, text.text("label.tornado"), styles.subtitle);
        SheetFrame.headerRow(context, sheet, row++, List.of(context.text().label("label.id"),
                text.text("label.tornadoInput"), text.text("label.tornadoLow"), text.text("label.tornadoHigh"),
                text.text("label.tornadoSwing")), List.of(2, 3, 4));
        int index = 0;
        for (TornadoBar bar : bars) {
            sheet.text(row, 0, bar.inputId(), styles.text);
            sheet.text(row, 1, switch (bar.kind()) {
                // by the layout's index: Phrasing.itemTitle walks every item per bar, and every
                // uncertain item has a bar (quadratic: minutes at 100,000 items)
                case ITEM -> context.layout().item(bar.inputId()) != null ? context.layout().item(bar.inputId()).title()
                        : context.phrasing().itemTitle(bar.inputId());
                case RISK -> estimate.risk(bar.inputId()).map(Risk::description).orElse(bar.inputId());
            }, styles.wrap);
            sheet.number(row, 2, bar.low(), styles.money);
            sheet.number(row, 3, bar.high(), styles.money);
            sheet.number(row, 4, bar.swing(), styles.money);
            // The bars come largest swing first.
            if (index++ < NAMED_BARS) {
                context.names().define(context.names().of("Tornado", bar.inputId(), "_Swing"), sheet.absolute(row, 4));
            }
            row++;
        }
        if (bars.size() > NAMED_BARS) {
            sheet.merged(row++, 0, 4, text.text("note.tornadoNames", context.phrasing().number(BigDecimal.valueOf(NAMED_BARS)),
                    context.phrasing().number(BigDecimal.valueOf(bars.size() - NAMED_BARS))), styles.note);
        }
        return row;
    }

    private void fact(int row, String label, String value) {
        sheet.text(row, LABEL, label, styles.text);
        sheet.merged(row, VALUE, 6, value, styles.wrap);
    }
}
