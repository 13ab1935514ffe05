package dev.estimator.export.document;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;

/**
 * Section 8: from the subtotal to the total (contingency, each discount or surcharge with its
 * reason, tax), the payment schedule, the terms and how long the prices are valid.
 */
final class PriceSection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        SectionBuilder section = SectionBuilder.numbered("price", p.text("section.price"));
        section.paragraph(p.text("price.intro"));

        TableBuilder price = SectionBuilder.table(Column.text(p.text("price.line"), 75), Column.number(p.label("amount"), 25));
        price.row(p.label("subtotal"), p.amount(totals.subtotal()));
        if (estimate.contingency() != null) {
            price.row(p.label("contingency"), p.amount(totals.contingency()));
        }
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            price.row(adjustmentText(p, adjustment.adjustment()), p.signed(adjustment.amount()));
        }
        price.labelRow(RowKind.GROUP, p.label("net"), p.amount(totals.net()));
        if (estimate.tax() != null) {
            price.row(p.text("price.tax", estimate.tax().name(), p.percent(estimate.tax().percent())),
                    p.amount(totals.tax()));
        }
        price.labelRow(RowKind.TOTAL, p.label("grandTotal"), p.amount(totals.grandTotal()));
        section.add(price.keepTogether());
        TotalRange range = totals.range();
        if (range.optimistic().compareTo(range.pessimistic()) != 0) {
            section.paragraph(p.text("summary.threePoint", p.amount(range.optimistic()),
                    p.amount(range.pessimistic()), p.amount(range.p80())));
        }

        if (!totals.milestones().isEmpty()) {
            section.subheading(p.text("price.payment"));
            TableBuilder schedule = SectionBuilder.table(Column.text(p.label("milestone"), 34), Column.text(p.label("due"), 30),
                    Column.number(p.label("percent"), 14), Column.number(p.label("amount"), 22));
            for (MilestoneAmount milestone : totals.milestones()) {
                schedule.row(milestone.milestone().name(), milestone.milestone().due() == null ? "" : milestone.milestone().due(),
                        p.percent(milestone.milestone().percent()), p.amount(milestone.amount()));
            }
            section.add(schedule.keepTogether());
        }

        section.subheading(p.text("price.terms"));
        section.bullets(estimate.terms());
        section.paragraph(estimate.header().validUntil() == null
                ? p.text("price.validityOpen", p.date(estimate.header().issueDate()))
                : p.text("price.validity", p.date(estimate.header().validUntil())));
        return section.build();
    }

    /** An adjustment as the price shows it, e.g. "Discount (5 %): Third project together." */
    static String adjustmentText(Phrasing p, Adjustment adjustment) {
        String kind = p.name(adjustment.kind());
        String size = adjustment.percent() != null ? " (" + p.percent(adjustment.percent()) + ")" : "";
        return kind + size + ": " + adjustment.reason();
    }
}
