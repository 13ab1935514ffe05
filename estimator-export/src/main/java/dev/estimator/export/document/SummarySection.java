package dev.estimator.export.document;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Section 2, in plain words: the total and where it may land, what is included, the largest
 * cost drivers, the key assumptions and the alternatives at a glance.
 */
final class SummarySection implements DocumentSection {

    /** How many cost drivers and key assumptions the summary names at most. */
    static final int TOP = 5;

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        SectionBuilder section = SectionBuilder.numbered("summary", p.text("section.summary"));

        section.paragraph(estimate.tax() == null
                ? p.text("summary.total", p.amount(totals.grandTotal()))
                : p.text("summary.totalWithTax", p.amount(totals.grandTotal()), estimate.tax().name(),
                        p.amount(totals.tax())));
        Header header = estimate.header();
        TotalRange range = totals.range();
        section.paragraph(p.text("summary.classRange", header.estimateClass(), p.text("class." + header.estimateClass()),
                p.accuracyRange(header.effectiveAccuracy()), p.amount(range.classLow()), p.amount(range.classHigh())));
        if (range.optimistic().compareTo(range.pessimistic()) != 0) {
            section.paragraph(p.text("summary.threePoint", p.amount(range.optimistic()),
                    p.amount(range.pessimistic()), p.amount(range.p80())));
        }
        if (totals.optionalSubtotal().signum() != 0) {
            section.paragraph(p.text("summary.optional", p.amount(totals.optionalSubtotal()),
                    p.amount(totals.totalWithoutOptional())));
        }

        included(context, section);
        drivers(context, section);
        assumptions(context, section);
        alternatives(context, section);
        return section.build();
    }

    private static void included(SectionContext context, SectionBuilder section) {
        List<Group> groups = context.estimate().breakdown();
        if (groups.isEmpty()) {
            return;
        }
        section.subheading(context.phrasing().text("summary.included"));
        section.bullets(groups.stream().map(g -> g.description() == null || g.description().isBlank()
                ? g.title() : g.title() + ": " + g.description()).toList());
    }

    private static void drivers(SectionContext context, SectionBuilder section) {
        EstimateTotals totals = context.totals();
        List<ItemTotal> largest = totals.items().values().stream()
                .filter(i -> i.amount().signum() > 0)
                .sorted(Comparator.comparing(ItemTotal::amount).reversed())
                .limit(TOP)
                .toList();
        if (largest.isEmpty()) {
            return;
        }
        Phrasing p = context.phrasing();
        TableBuilder table = SectionBuilder.table(Column.text(p.label("item"), 58),
                Column.number(p.label("amount"), 22), Column.number(p.text("summary.share"), 20));
        for (ItemTotal item : largest) {
            LineItem line = context.estimate().item(item.itemId()).orElseThrow();
            table.row(p.itemLabel(line), p.amount(item.amount()),
                    p.share(totals.shareOfSubtotal(item.itemId())));
        }
        section.subheading(p.text("summary.drivers"));
        section.add(table.keepTogether());
    }

    private static void assumptions(SectionContext context, SectionBuilder section) {
        List<AssumptionImpact> key = context.totals().assumptionImpacts().stream()
                .sorted(Comparator.comparing(AssumptionImpact::amount,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
                .limit(TOP)
                .toList();
        if (key.isEmpty()) {
            return;
        }
        Phrasing p = context.phrasing();
        section.subheading(p.text("summary.keyAssumptions"));
        section.bullets(key.stream().map(a -> a.amount() == null
                ? a.assumption().statement()
                : p.text("summary.assumptionImpact", a.assumption().statement(), p.signed(a.amount())))
                .toList());
    }

    private static void alternatives(SectionContext context, SectionBuilder section) {
        List<AlternativeTotals> alternatives = context.totals().alternatives();
        if (alternatives.isEmpty()) {
            return;
        }
        Phrasing p = context.phrasing();
        TableBuilder table = SectionBuilder.table(Column.text(p.label("alternative"), 40),
                Column.text(p.label("gains"), 28), Column.number(p.label("total"), 16),
                Column.number(p.label("delta"), 16));
        table.row(RowKind.GROUP, p.text("alternatives.baseline"), "", p.amount(context.totals().grandTotal()), "");
        for (AlternativeTotals alternative : alternatives) {
            table.row(alternative.alternative().name(), alternative.alternative().gains(),
                    p.amount(alternative.totals().grandTotal()), p.signed(alternative.delta()));
        }
        section.subheading(p.text("summary.alternatives"));
        section.add(table.keepTogether());
    }
}
