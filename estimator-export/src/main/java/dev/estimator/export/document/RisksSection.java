package dev.estimator.export.document;

import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TornadoBar;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Risk;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.List;

/** Section 6: the risks, their expected cost, and why the contingency is what it is. */
final class RisksSection implements DocumentSection {

    /** How many inputs the tornado chart shows. */
    private static final int TORNADO_BARS = 8;

    @Override
    public boolean appliesTo(SectionContext context) {
        return !context.estimate().risks().isEmpty() || context.estimate().contingency() != null
                || simulated(context.totals().simulation());
    }

    /** Whether the simulation had anything uncertain to draw: a ranged quantity or a risk. */
    static boolean simulated(SimulationResult simulation) {
        return simulation != null && (!simulation.uncertainItems().isEmpty() || !simulation.simulatedRisks().isEmpty());
    }

    /** The simulated totals at each confidence level, what moves the total most, and the record of past projects. */
    private static void simulation(SectionContext context, SectionBuilder section) {
        SimulationResult simulation = context.totals().simulation();
        if (!simulated(simulation)) {
            return;
        }
        Phrasing p = context.phrasing();
        section.subheading(p.text("simulation.heading"));
        section.paragraph(p.text("simulation.intro", p.number(java.math.BigDecimal.valueOf(simulation.trials())),
                String.valueOf(simulation.seed())));
        TableBuilder levels = SectionBuilder.table(Column.text(p.text("simulation.level"), 60),
                Column.number(p.text("simulation.total"), 40));
        for (int level : new int[] {10, 50, 80, 90}) {
            levels.row(level == simulation.budget().percent() ? RowKind.GROUP : RowKind.BODY, "P" + level,
                    p.amount(simulation.percentile(level).total()));
        }
        section.add(levels.keepTogether());
        section.add(SCurve.of(p, simulation));
        section.paragraph(p.text("simulation.curveHowTo"), Block.TextStyle.CAPTION);
        section.paragraph(CorrelationPhrases.assumed(context.estimate(), p, simulation));
        context.totals().calibration().ifPresent(c -> section.paragraph(p.text("simulation.history",
                c.overruns().size(), p.signedPercent(c.median()), p.signedPercent(c.lowest()), p.signedPercent(c.highest()))));
        List<TornadoBar> bars = simulation.tornado().stream().limit(TORNADO_BARS).toList();
        if (!bars.isEmpty()) {
            section.subheading(p.text("simulation.tornado"));
            section.add(new Block.BarChart(p.text("simulation.tornado"), bars.stream()
                    .map(b -> new Block.Bar(b.inputId() + "  " + inputTitle(context, b), b.swing(),
                            p.amount(b.swing()))).toList()));
            section.paragraph(p.text("simulation.tornadoIntro"), Block.TextStyle.CAPTION);
        }
    }

    private static String inputTitle(SectionContext context, TornadoBar bar) {
        return switch (bar.kind()) {
            case ITEM -> context.phrasing().itemTitle(bar.inputId());
            case RISK -> context.estimate().risk(bar.inputId()).map(Risk::description).orElse(bar.inputId());
        };
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        SectionBuilder section = SectionBuilder.numbered("risks", p.text("section.risks"));
        if (!context.totals().riskExposures().isEmpty()) {
            section.paragraph(p.text("risks.intro"));
            TableBuilder table = SectionBuilder.table(Column.text(p.label("id"), 7), Column.text(p.text("risks.risk"), 41),
                    Column.number(p.label("probability"), 12), Column.number(p.text("risks.impact"), 22),
                    Column.number(p.label("expectedCost"), 18));
            for (RiskExposure exposure : context.totals().riskExposures()) {
                Risk risk = exposure.risk();
                String text = risk.mitigation() == null || risk.mitigation().isBlank() ? risk.description()
                        : risk.description() + "\n" + p.label("mitigation") + ": " + risk.mitigation();
                table.row(risk.id(), text, p.percent(risk.probability()),
                        p.amountRange(risk.impact().low(), risk.impact().high()), p.amount(exposure.expectedCost()));
            }
            table.labelRow(RowKind.GROUP, p.text("risks.expectedTotal"), p.amount(context.totals().expectedRiskCost()));
            section.add(table);
        }
        Contingency contingency = context.estimate().contingency();
        if (contingency != null) {
            section.subheading(p.label("contingency"));
            String method = switch (contingency.method()) {
                case PERCENT -> p.text("risks.contingencyPercent", p.percent(contingency.percent()),
                        p.amount(context.totals().subtotal()));
                case AMOUNT, RISK_BASED, SIMULATION -> p.name(contingency.method());
            };
            section.labelled(p.label("contingency"), p.amount(context.totals().contingency()) + " \u2014 " + method);
            section.paragraph(contingency.explanation());
        }
        simulation(context, section);
        return section.build();
    }
}
