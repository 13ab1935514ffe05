package dev.estimator.export.pdf;

import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.Exclusion;
import java.util.List;

/** Section 5: each assumption with what happens to the price if it fails; exclusions with reasons. */
final class AssumptionsSection implements DocumentSection {

    @Override
    public boolean appliesTo(PdfContext context) {
        return !context.estimate().assumptions().isEmpty() || !context.estimate().exclusions().isEmpty();
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        out.heading(texts.text("section.assumptions"));
        List<AssumptionImpact> impacts = context.totals().assumptionImpacts();
        if (!impacts.isEmpty()) {
            out.paragraph(texts.text("assumptions.intro"));
            Table table = out.table(Table.Column.text(texts.label("id"), 7), Table.Column.text(texts.text("assumptions.statement"), 45),
                    Table.Column.text(texts.label("owner"), 12), Table.Column.text(texts.label("impact"), 36));
            for (AssumptionImpact impact : impacts) {
                Assumption assumption = impact.assumption();
                String statement = assumption.rationale() == null || assumption.rationale().isBlank()
                        ? assumption.statement() : assumption.statement() + "\n" + assumption.rationale();
                table.row(assumption.id(), statement, texts.name(assumption.owner()), impactText(context, impact));
            }
            out.add(table);
        }
        List<Exclusion> exclusions = context.estimate().exclusions();
        if (!exclusions.isEmpty()) {
            out.subheading(texts.text("assumptions.exclusions"));
            out.paragraph(texts.text("assumptions.exclusionsIntro"));
            Table table = out.table(Table.Column.text(texts.text("assumptions.excluded"), 50),
                    Table.Column.text(texts.label("reason"), 50));
            for (Exclusion exclusion : exclusions) {
                table.row(exclusion.description(), exclusion.reason());
            }
            out.add(table);
        }
    }

    private static String impactText(PdfContext context, AssumptionImpact impact) {
        CostImpact stated = impact.assumption().impact();
        String description = stated == null || stated.description() == null ? "" : stated.description();
        if (impact.amount() == null) {
            String none = context.texts().text("assumptions.notQuantified");
            return description.isBlank() ? none : none + "\n" + description;
        }
        String amount = context.signed(impact.amount());
        String items = stated.items().isEmpty() ? "" : "\n" + context.texts().text("assumptions.affects",
                String.join(", ", stated.items().stream().map(id -> id + " " + context.itemTitle(id)).toList()));
        return description.isBlank() ? amount + items : amount + "\n" + description + items;
    }
}
