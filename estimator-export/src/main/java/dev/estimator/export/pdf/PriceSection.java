package dev.estimator.export.pdf;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Estimate;

/**
 * Section 8: from the subtotal to the total (contingency, each discount or surcharge with its
 * reason, tax), the payment schedule, the terms and how long the prices are valid.
 */
final class PriceSection implements DocumentSection {

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        Estimate estimate = context.estimate();
        EstimateTotals totals = context.totals();
        out.heading(texts.text("section.price"));
        out.paragraph(texts.text("price.intro"));

        Table price = out.table(Table.Column.text(texts.text("price.line"), 75), Table.Column.number(texts.label("amount"), 25));
        price.row(texts.label("subtotal"), context.amount(totals.subtotal()));
        if (estimate.contingency() != null) {
            price.row(texts.label("contingency"), context.amount(totals.contingency()));
        }
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            price.row(adjustmentText(context, adjustment.adjustment()), context.signed(adjustment.amount()));
        }
        price.labelRow(Table.Row.GROUP, texts.label("net"), context.amount(totals.net()));
        if (estimate.tax() != null) {
            price.row(texts.text("price.tax", estimate.tax().name(), context.percent(estimate.tax().percent())),
                    context.amount(totals.tax()));
        }
        price.labelRow(Table.Row.TOTAL, texts.label("grandTotal"), context.amount(totals.grandTotal()));
        out.add(price.keepTogether());

        if (!totals.milestones().isEmpty()) {
            out.subheading(texts.text("price.payment"));
            Table schedule = out.table(Table.Column.text(texts.label("milestone"), 34), Table.Column.text(texts.label("due"), 30),
                    Table.Column.number(texts.label("percent"), 14), Table.Column.number(texts.label("amount"), 22));
            for (MilestoneAmount milestone : totals.milestones()) {
                schedule.row(milestone.milestone().name(), milestone.milestone().due() == null ? "" : milestone.milestone().due(),
                        context.percent(milestone.milestone().percent()), context.amount(milestone.amount()));
            }
            out.add(schedule.keepTogether());
        }

        out.subheading(texts.text("price.terms"));
        if (!estimate.terms().isEmpty()) {
            out.bullets(estimate.terms());
        }
        out.paragraph(estimate.header().validUntil() == null
                ? texts.text("price.validityOpen", context.dates().format(estimate.header().issueDate()))
                : texts.text("price.validity", context.dates().format(estimate.header().validUntil())));
    }

    private static String adjustmentText(PdfContext context, Adjustment adjustment) {
        String kind = context.texts().name(adjustment.kind());
        String size = adjustment.percent() != null ? " (" + context.percent(adjustment.percent()) + ")" : "";
        return kind + size + ": " + adjustment.reason();
    }
}
