package dev.estimator.export.pdf;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Role;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The provider's own pages, only in the internal variant: cost, margin and the negotiation
 * figures (target, walk-away, maximum discount, notes). Every page of that variant carries the
 * INTERNAL banner ({@link PageFrame}); these pages start on a page of their own.
 */
final class InternalFiguresSection implements DocumentSection {

    private static final String DASH = "\u2014";

    @Override
    public boolean appliesTo(PdfContext context) {
        return context.request().isInternal();
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        EstimateTotals totals = context.totals();
        out.newPage();
        out.heading(texts.text("section.internal"));
        out.paragraph(texts.text("internal.intro"), TextStyle.BODY_BOLD);

        Table figures = out.table(Table.Column.text(texts.text("internal.figure"), 70), Table.Column.number(texts.label("amount"), 30));
        figures.row(texts.label("net"), context.amount(totals.net()));
        Optional<InternalTotals> internal = totals.internal();
        if (internal.isPresent()) {
            figures.row(texts.label("cost"), context.amount(internal.get().cost()));
            figures.row(texts.label("margin"), context.amount(internal.get().margin()));
            figures.row(texts.label("marginPercent"), context.share(internal.get().marginPercent()));
        } else {
            figures.wideRow(Table.Row.NOTE, texts.text("internal.noCost"));
        }
        InternalSection negotiation = context.estimate().internal();
        if (negotiation != null) {
            if (negotiation.targetPrice() != null) {
                figures.row(texts.label("targetPrice"), money(context, negotiation.targetPrice()));
            }
            if (negotiation.walkAwayPrice() != null) {
                figures.row(texts.label("walkAwayPrice"), money(context, negotiation.walkAwayPrice()));
            }
            if (negotiation.maxDiscountPercent() != null) {
                figures.row(texts.label("maxDiscount"), context.percent(negotiation.maxDiscountPercent()));
            }
        }
        out.add(figures.keepTogether());
        if (negotiation != null && negotiation.notes() != null && !negotiation.notes().isBlank()) {
            out.subheading(texts.label("internalNotes"));
            out.paragraph(negotiation.notes());
        }

        if (!context.estimate().rateCard().roles().isEmpty()) {
            out.subheading(texts.text("internal.rates"));
            Table rates = out.table(Table.Column.text(texts.text("internal.role"), 52),
                    Table.Column.number(texts.label("rate"), 24), Table.Column.number(texts.text("internal.costRate"), 24));
            for (Role role : context.estimate().rateCard().roles()) {
                String per = " " + texts.name(role.per());
                rates.row(role.name(), context.rate(role.rate()) + per,
                        role.cost() == null ? DASH : context.rate(role.cost()) + per);
            }
            out.add(rates);
        }

        out.subheading(texts.text("internal.itemCosts"));
        Table items = out.table(Table.Column.text(texts.label("item"), 46), Table.Column.number(texts.text("internal.unitCost"), 18),
                Table.Column.number(texts.label("amount"), 18), Table.Column.number(texts.label("cost"), 18));
        for (ItemTotal item : totals.items().values()) {
            LineItem line = context.estimate().item(item.itemId()).orElseThrow();
            items.row(context.itemLabel(line), line.unitCost() == null ? DASH : context.rate(line.unitCost()),
                    context.amount(item.amount()), item.cost() == null ? DASH : context.amount(item.cost()));
        }
        out.add(items);
    }

    /** A stated price in the currency's scale (the one rounding policy, should it carry more decimals). */
    private static String money(PdfContext context, BigDecimal value) {
        return context.amount(context.totals().rounding().money(value));
    }
}
