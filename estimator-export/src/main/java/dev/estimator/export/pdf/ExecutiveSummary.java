package dev.estimator.export.pdf;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.AssumptionImpact;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.RoundingPolicy;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Section 2, in plain words: the total and where it may land, what is included, the largest
 * cost drivers, the key assumptions and the alternatives at a glance.
 */
final class ExecutiveSummary implements DocumentSection {

    /** How many cost drivers and key assumptions the summary names at most. */
    static final int TOP = 5;

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        out.heading(texts.text("section.summary"));

        out.paragraph(estimate.tax() == null
                ? texts.text("summary.total", context.amount(totals.grandTotal()))
                : texts.text("summary.totalWithTax", context.amount(totals.grandTotal()), estimate.tax().name(),
                        context.amount(totals.tax())));
        out.paragraph(range(context));
        TotalRange range = totals.range();
        if (range.optimistic().compareTo(range.pessimistic()) != 0) {
            out.paragraph(texts.text("summary.threePoint", context.amount(range.optimistic()),
                    context.amount(range.pessimistic()), context.amount(range.p80())));
        }
        if (totals.optionalSubtotal().signum() != 0) {
            out.paragraph(texts.text("summary.optional", context.amount(totals.optionalSubtotal()),
                    context.amount(totals.totalWithoutOptional())));
        }

        included(context);
        drivers(context);
        assumptions(context);
        alternatives(context);
    }

    private static String range(PdfContext context) {
        Header header = context.estimate().header();
        TotalRange range = context.totals().range();
        return context.texts().text("summary.classRange", header.estimateClass(),
                context.texts().text("class." + header.estimateClass()),
                CoverPage.rangeText(context, header.effectiveAccuracy()),
                context.amount(range.classLow()), context.amount(range.classHigh()));
    }

    private static void included(PdfContext context) {
        List<Group> groups = context.estimate().breakdown();
        if (groups.isEmpty()) {
            return;
        }
        context.out().subheading(context.texts().text("summary.included"));
        context.out().bullets(groups.stream().map(g -> g.description() == null || g.description().isBlank()
                ? g.title() : g.title() + ": " + g.description()).toList());
    }

    private static void drivers(PdfContext context) {
        EstimateTotals totals = context.totals();
        List<ItemTotal> largest = totals.items().values().stream()
                .filter(i -> i.amount().signum() > 0)
                .sorted(Comparator.comparing(ItemTotal::amount).reversed())
                .limit(TOP)
                .toList();
        if (largest.isEmpty()) {
            return;
        }
        PdfTexts texts = context.texts();
        Table table = context.out().table(Table.Column.text(texts.label("item"), 58),
                Table.Column.number(texts.label("amount"), 22), Table.Column.number(texts.text("summary.share"), 20));
        for (ItemTotal item : largest) {
            LineItem line = context.estimate().item(item.itemId()).orElseThrow();
            table.row(context.itemLabel(line), context.amount(item.amount()),
                    context.share(RoundingPolicy.percentage(item.amount(), totals.subtotal())));
        }
        context.out().subheading(texts.text("summary.drivers"), table);
        context.out().add(table.keepTogether());
    }

    private static void assumptions(PdfContext context) {
        List<AssumptionImpact> key = context.totals().assumptionImpacts().stream()
                .sorted(Comparator.comparing(AssumptionImpact::amount,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())))
                .limit(TOP)
                .toList();
        if (key.isEmpty()) {
            return;
        }
        PdfTexts texts = context.texts();
        context.out().subheading(texts.text("summary.keyAssumptions"));
        context.out().bullets(key.stream().map(a -> a.amount() == null
                ? a.assumption().statement()
                : texts.text("summary.assumptionImpact", a.assumption().statement(), context.signed(a.amount())))
                .toList());
    }

    private static void alternatives(PdfContext context) {
        List<AlternativeTotals> alternatives = context.totals().alternatives();
        if (alternatives.isEmpty()) {
            return;
        }
        PdfTexts texts = context.texts();
        Table table = context.out().table(Table.Column.text(texts.label("alternative"), 40),
                Table.Column.text(texts.label("gains"), 28), Table.Column.number(texts.label("total"), 16),
                Table.Column.number(texts.label("delta"), 16));
        table.row(Table.Row.GROUP, texts.text("alternatives.baseline"), "", context.amount(context.totals().grandTotal()), "");
        for (AlternativeTotals alternative : alternatives) {
            table.row(alternative.alternative().name(), alternative.alternative().gains(),
                    context.amount(alternative.totals().grandTotal()), context.signed(alternative.delta()));
        }
        context.out().subheading(texts.text("summary.alternatives"), table);
        context.out().add(table.keepTogether());
    }
}
