package dev.estimator.export.document;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.core.negotiation.PriceBasis;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * "Ways to reach a budget of X" ({@code export --budget}): the best combinations of an
 * alternative (or this quote) with optional items left out that the core's budget fit found within
 * the budget, each with its exact price, what it gives up and what it gains; when nothing fits,
 * the nearest and how far over the budget each is. Client-safe: the fit is searched for the
 * request's audience, and nothing here reads the walk-away price.
 */
final class BudgetSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return context.request().budget().isPresent();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        BudgetFit fit = context.request().budget().orElseThrow();
        SectionBuilder section = SectionBuilder.numbered("budget", p.text("budget.title", p.amount(fit.budget())));
        String basis = p.text(fit.basis() == PriceBasis.NET ? "budget.basis.net" : "budget.basis.gross");
        FitCandidate baseline = fit.baseline();
        section.paragraph(baseline.fits()
                ? p.text("budget.introWithin", p.amount(fit.budget()), basis, p.amount(baseline.amount()))
                : p.text("budget.intro", p.amount(fit.budget()), basis, p.amount(baseline.amount()),
                        p.amount(baseline.gap())));
        section.paragraph(p.text("budget.how"));
        if (!fit.anyFits()) {
            section.paragraph(p.text("budget.nothingFits", p.amount(fit.budget())), Block.TextStyle.STRONG);
        }
        String amountLabel = fit.basis() == PriceBasis.NET ? p.label("net") : p.grandTotalLabel();
        TableBuilder table = SectionBuilder.table(Column.text(p.text("budget.option"), 70),
                Column.number(amountLabel, 30));
        for (FitCandidate candidate : fit.anyFits() ? fit.fits() : fit.nearest()) {
            table.row(RowKind.GROUP, name(p, candidate), p.amount(candidate.amount()));
            for (String line : explanation(p, candidate)) {
                table.wideRow(RowKind.NOTE, line);
            }
        }
        section.add(table);
        return section.build();
    }

    /** "Lean launch, without Training for the shop team", or this quote as it stands. */
    static String name(Phrasing p, FitCandidate candidate) {
        String base = candidate.alternative().map(Alternative::name).orElse(p.text("budget.asQuoted"));
        if (candidate.dropped().isEmpty()) {
            return base;
        }
        return p.text("budget.without", base, p.list(candidate.dropped().stream().map(LineItem::title).toList()));
    }

    /** What the candidate gives up and gains, and how far over the budget it is when it does not fit. */
    static List<String> explanation(Phrasing p, FitCandidate candidate) {
        List<String> lines = new ArrayList<>();
        if (!candidate.fits()) {
            lines.add(p.text("budget.over", p.amount(candidate.gap())));
        }
        candidate.alternative().map(Alternative::givesUp).filter(t -> !t.isBlank())
                .ifPresent(t -> lines.add(p.text("budget.givesUp", t)));
        if (!candidate.dropped().isEmpty()) {
            lines.add(p.text("budget.leavesOut", p.sentence(candidate.dropped().stream().map(LineItem::title).toList())));
        }
        candidate.alternative().map(Alternative::gains).filter(t -> !t.isBlank())
                .ifPresent(t -> lines.add(p.text("budget.gains", t)));
        if (candidate.saving().signum() > 0) {
            lines.add(p.text("budget.saving", p.amount(candidate.saving())));
        }
        return lines;
    }
}
