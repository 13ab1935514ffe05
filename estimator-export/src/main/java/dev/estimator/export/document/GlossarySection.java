package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Quantity;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary at the end: each technical term the document actually uses, explained in the
 * document's language. A term the estimate gives no occasion for (no three-point quantity, no
 * contingency, no alternative) is left out.
 */
final class GlossarySection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        TableBuilder table = SectionBuilder.table(TableKind.DETAILS, Column.text(p.text("glossary.term"), 28),
                Column.text(p.text("glossary.meaning"), 72));
        for (String term : terms(context.estimate(), context.totals())) {
            table.row(p.text("glossary." + term), p.text("glossary." + term + ".text"));
        }
        return SectionBuilder.numbered("glossary", p.text("section.glossary")).add(table).build();
    }

    /** The terms the document uses, in the order a reader meets them. */
    static List<String> terms(Estimate estimate, EstimateTotals totals) {
        List<String> terms = new ArrayList<>(List.of("estimateClass", "accuracyRange"));
        if (totals.optionalSubtotal().signum() != 0) {
            terms.add("optional");
        }
        if (estimate.allItems().anyMatch(i -> i.quantity() instanceof Quantity.ThreePoint)) {
            terms.add("threePoint");
            if (totals.range().optimistic().compareTo(totals.range().pessimistic()) != 0
                    && !RisksSection.simulated(totals.simulation())) {
                terms.add("p80");
            }
        }
        if (RisksSection.simulated(totals.simulation())) {
            terms.addAll(List.of("percentiles", "sCurve"));
            if (!totals.simulation().tornado().isEmpty()) {
                terms.add("tornado");
            }
        }
        if (!estimate.assumptions().isEmpty()) {
            terms.add("assumption");
        }
        if (!estimate.exclusions().isEmpty()) {
            terms.add("exclusion");
        }
        if (!estimate.risks().isEmpty()) {
            terms.add("expectedCost");
        }
        if (estimate.contingency() != null) {
            terms.add("contingency");
        }
        if (!estimate.alternatives().isEmpty()) {
            terms.add("alternative");
        }
        terms.add("net");
        if (!totals.milestones().isEmpty()) {
            terms.add("milestone");
        }
        return terms;
    }
}
