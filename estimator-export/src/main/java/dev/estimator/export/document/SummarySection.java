package dev.estimator.export.document;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Owner;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Section 1, the one-page brief for whoever decides: the total with and without tax, how
 * accurate it is, what is included, the three largest cost drivers, the assumptions the client
 * owns with their price and the risks the provider carries, each alternative with what it saves
 * and gives up, and how long the prices hold. The sections after it are the annex.
 */
final class SummarySection implements DocumentSection {

    /** How many cost drivers the brief names. */
    static final int DRIVERS = 3;
    /** How many assumptions of each owner the brief names at most; the rest are in the annex. */
    static final int ASSUMPTIONS = 3;

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        SectionBuilder section = SectionBuilder.numbered("summary", p.text("section.summary"))
                .layout(Section.Layout.OWN_PAGE);

        section.paragraph(estimate.tax() == null
                ? p.text("summary.total", p.amount(totals.grandTotal()))
                : p.text("summary.totalNetAndTax", p.amount(totals.grandTotal()), p.amount(totals.net()),
                        estimate.tax().name(), p.amount(totals.tax())));
        Header header = estimate.header();
        TotalRange range = totals.range();
        section.paragraph(p.text("summary.classRange", header.estimateClass(), p.text("class." + header.estimateClass()),
                p.accuracyRange(header.effectiveAccuracy()), p.amount(range.classLow()), p.amount(range.classHigh())));
        SimulationResult simulation = totals.simulation();
        if (RisksSection.simulated(simulation)) {
            section.paragraph(p.text("summary.budget", p.amount(simulation.budget().total()),
                    String.valueOf(simulation.budget().percent()), p.amount(simulation.quotedTotal()),
                    p.share(simulation.quotedConfidence())), Block.TextStyle.STRONG);
        }
        if (totals.recurring().hasRecurring()) {
            section.paragraph(RecurringPhrases.brief(p, estimate, totals));
        }
        totals.commercial().ifPresent(figures -> section.paragraph(CommercialPhrases.pricing(p, figures)));
        totals.schedule().ifPresent(schedule -> section.paragraph(p.text("summary.dates", p.date(schedule.start()),
                p.date(schedule.end()))));
        if (totals.optionalSubtotal().signum() != 0) {
            section.paragraph(p.text("summary.optional", p.amount(totals.optionalSubtotal()),
                    p.amount(totals.totalWithoutOptional())));
        }
        List<Group> groups = estimate.breakdown();
        if (!groups.isEmpty()) {
            section.labelled(p.text("summary.includedLine"), p.sentence(groups.stream().map(Group::title).toList()));
        }
        drivers(context, section);
        assumptions(context, section);
        alternatives(context, section);
        section.paragraph(header.validUntil() == null
                ? p.text("summary.validityOpen", p.date(header.issueDate()))
                : p.text("summary.validity", p.date(header.validUntil())), Block.TextStyle.STRONG);
        section.paragraph(p.text("summary.annex"), Block.TextStyle.CAPTION);
        return section.build();
    }

    private static void drivers(SectionContext context, SectionBuilder section) {
        EstimateTotals totals = context.totals();
        List<ItemTotal> largest = totals.items().values().stream()
                .filter(i -> i.amount().signum() > 0)
                .sorted(Comparator.comparing(ItemTotal::amount).reversed())
                .limit(DRIVERS)
                .toList();
        if (largest.isEmpty()) {
            return;
        }
        Phrasing p = context.phrasing();
        TableBuilder table = SectionBuilder.table(Column.text(p.label("item"), 58),
                Column.number(p.label("lineAmount"), 22), Column.number(p.text("summary.share"), 20));
        for (ItemTotal item : largest) {
            LineItem line = context.item(item.itemId());
            table.row(p.itemLabel(line), p.amount(item.amount()), p.share(totals.shareOfSubtotal(item.itemId())));
        }
        section.subheading(p.text("summary.drivers"));
        section.add(table.keepTogether());
    }

    /**
     * The assumptions the client owns, with what the price becomes if each fails (the largest
     * first); then those the provider owns, as risks the provider carries at no change in price.
     */
    private static void assumptions(SectionContext context, SectionBuilder section) {
        Phrasing p = context.phrasing();
        List<AssumptionImpact> all = context.totals().assumptionImpacts().stream()
                .sorted(Comparator.comparing(AssumptionImpact::amount,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
                .toList();
        List<AssumptionImpact> client = all.stream().filter(a -> a.assumption().owner() != Owner.PROVIDER).toList();
        List<AssumptionImpact> provider = all.stream().filter(a -> a.assumption().owner() == Owner.PROVIDER).toList();
        if (!client.isEmpty()) {
            section.subheading(p.text("summary.clientAssumptions"));
            String tax = context.estimate().tax() == null ? null : context.estimate().tax().name();
            section.bullets(limited(p, client.stream().map(a -> a.amount() == null ? a.assumption().statement()
                    : tax == null ? p.text("summary.assumptionImpact", a.assumption().statement(), p.signed(a.amount()))
                    : p.text("summary.assumptionImpactNet", a.assumption().statement(), p.signed(a.amount()), tax))
                    .toList()));
        }
        if (!provider.isEmpty()) {
            section.subheading(p.text("summary.providerRisks"));
            section.paragraph(p.text("summary.providerRisksIntro"));
            section.bullets(limited(p, provider.stream().map(a -> a.assumption().statement()).toList()));
        }
    }

    /** The first few lines, and how many more the annex holds. */
    private static List<String> limited(Phrasing p, List<String> lines) {
        if (lines.size() <= ASSUMPTIONS) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, ASSUMPTIONS - 1));
        shown.add(p.text("summary.moreInAnnex", lines.size() - ASSUMPTIONS + 1));
        return shown;
    }

    private static void alternatives(SectionContext context, SectionBuilder section) {
        List<AlternativeTotals> alternatives = context.totals().alternatives();
        if (alternatives.isEmpty()) {
            return;
        }
        Phrasing p = context.phrasing();
        TableBuilder table = SectionBuilder.table(Column.text(p.label("alternative"), 24),
                Column.text(p.label("givesUp"), 44), Column.number(p.label("total"), 16),
                Column.number(p.label("delta"), 16));
        table.row(RowKind.GROUP, p.text("alternatives.baseline"), p.none(), p.amount(context.totals().grandTotal()), p.none());
        for (AlternativeTotals alternative : alternatives) {
            table.row(alternative.alternative().name(), alternative.alternative().givesUp(),
                    p.amount(alternative.totals().grandTotal()), p.signed(alternative.delta()));
        }
        section.subheading(p.text("summary.alternatives"));
        section.add(table.keepTogether());
    }
}
