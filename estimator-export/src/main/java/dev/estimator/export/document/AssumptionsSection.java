package dev.estimator.export.document;

import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.Exclusion;
import dev.estimator.export.document.Block.Column;
import java.util.List;

/** Section 5: each assumption with what happens to the price if it fails; exclusions with reasons. */
final class AssumptionsSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return !context.estimate().assumptions().isEmpty() || !context.estimate().exclusions().isEmpty();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        SectionBuilder section = SectionBuilder.numbered("assumptions", p.text("section.assumptions"));
        List<AssumptionImpact> impacts = context.totals().assumptionImpacts();
        if (!impacts.isEmpty()) {
            section.paragraph(p.text("assumptions.intro"));
            TableBuilder table = SectionBuilder.table(Column.text(p.label("id"), 7),
                    Column.text(p.text("assumptions.statement"), 45), Column.text(p.label("owner"), 12),
                    Column.text(p.label("impact"), 36));
            for (AssumptionImpact impact : impacts) {
                Assumption assumption = impact.assumption();
                String statement = assumption.rationale() == null || assumption.rationale().isBlank()
                        ? assumption.statement() : assumption.statement() + "\n" + assumption.rationale();
                table.row(assumption.id(), statement, p.name(assumption.owner()), impactText(p, impact));
            }
            section.add(table);
        }
        List<Exclusion> exclusions = context.estimate().exclusions();
        if (!exclusions.isEmpty()) {
            section.subheading(p.text("assumptions.exclusions"));
            section.paragraph(p.text("assumptions.exclusionsIntro"));
            TableBuilder table = SectionBuilder.table(Column.text(p.text("assumptions.excluded"), 50),
                    Column.text(p.label("reason"), 50));
            for (Exclusion exclusion : exclusions) {
                table.row(exclusion.description(), exclusion.reason());
            }
            section.add(table);
        }
        return section.build();
    }

    private static String impactText(Phrasing p, AssumptionImpact impact) {
        CostImpact stated = impact.assumption().impact();
        String description = stated == null || stated.description() == null ? "" : stated.description();
        if (impact.amount() == null) {
            String none = p.text("assumptions.notQuantified");
            return description.isBlank() ? none : none + "\n" + description;
        }
        String amount = p.signed(impact.amount());
        String items = stated.items().isEmpty() ? "" : "\n" + p.text("assumptions.affects",
                String.join(", ", stated.items().stream().map(id -> id + " " + p.itemTitle(id)).toList()));
        return description.isBlank() ? amount + items : amount + "\n" + description + items;
    }
}
