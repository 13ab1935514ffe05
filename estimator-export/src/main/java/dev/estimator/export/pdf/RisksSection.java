package dev.estimator.export.pdf;

import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Risk;

/** Section 6: the risks, their expected cost, and why the contingency is what it is. */
final class RisksSection implements DocumentSection {

    @Override
    public boolean appliesTo(PdfContext context) {
        return !context.estimate().risks().isEmpty() || context.estimate().contingency() != null;
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        out.heading(texts.text("section.risks"));
        if (!context.totals().riskExposures().isEmpty()) {
            out.paragraph(texts.text("risks.intro"));
            Table table = out.table(Table.Column.text(texts.label("id"), 7), Table.Column.text(texts.text("risks.risk"), 41),
                    Table.Column.number(texts.label("probability"), 12), Table.Column.number(texts.text("risks.impact"), 22),
                    Table.Column.number(texts.label("expectedCost"), 18));
            for (RiskExposure exposure : context.totals().riskExposures()) {
                Risk risk = exposure.risk();
                String text = risk.mitigation() == null || risk.mitigation().isBlank() ? risk.description()
                        : risk.description() + "\n" + texts.label("mitigation") + ": " + risk.mitigation();
                table.row(risk.id(), text, context.percent(risk.probability()),
                        texts.text("format.range", context.rate(risk.impact().low()), context.rate(risk.impact().high())),
                        context.amount(exposure.expectedCost()));
            }
            out.add(table);
        }
        Contingency contingency = context.estimate().contingency();
        if (contingency != null) {
            out.subheading(texts.label("contingency"));
            String method = switch (contingency.method()) {
                case PERCENT -> texts.text("risks.contingencyPercent", context.percent(contingency.percent()),
                        context.amount(context.totals().subtotal()));
                case AMOUNT, RISK_BASED -> texts.name(contingency.method());
            };
            out.labelled(texts.label("contingency"), context.amount(context.totals().contingency()) + " \u2014 " + method);
            out.paragraph(contingency.explanation());
        }
    }
}
