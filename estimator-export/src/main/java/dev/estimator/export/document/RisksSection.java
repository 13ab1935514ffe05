package dev.estimator.export.document;

import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Risk;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;

/** Section 6: the risks, their expected cost, and why the contingency is what it is. */
final class RisksSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return !context.estimate().risks().isEmpty() || context.estimate().contingency() != null;
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
        return section.build();
    }
}
