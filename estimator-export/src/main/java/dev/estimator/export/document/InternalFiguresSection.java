package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Role;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.Optional;

/**
 * The provider's own pages, only in the internal variant: cost, margin and the negotiation
 * figures (target, walk-away, maximum discount, notes). They start on a page of their own.
 */
final class InternalFiguresSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return context.isInternal();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        EstimateTotals totals = context.totals();
        SectionBuilder section = SectionBuilder.numbered("internal", p.text("section.internal"))
                .layout(Section.Layout.NEW_PAGE);
        section.paragraph(p.text("internal.intro"), Block.TextStyle.STRONG);

        TableBuilder figures = SectionBuilder.table(Column.text(p.text("internal.figure"), 70),
                Column.number(p.label("amount"), 30));
        figures.row(p.label("net"), p.amount(totals.net()));
        Optional<InternalTotals> internal = totals.internal();
        if (internal.isPresent()) {
            figures.row(p.label("cost"), p.amount(internal.get().cost()));
            figures.row(p.label("margin"), p.amount(internal.get().margin()));
            figures.row(p.label("marginPercent"), p.share(internal.get().marginPercent()));
        } else {
            figures.wideRow(RowKind.NOTE, p.text("internal.noCost"));
        }
        InternalSection negotiation = context.estimate().internal();
        if (negotiation != null) {
            if (negotiation.targetPrice() != null) {
                figures.row(p.label("targetPrice"), p.amount(totals.rounding().money(negotiation.targetPrice())));
            }
            if (negotiation.walkAwayPrice() != null) {
                figures.row(p.label("walkAwayPrice"), p.amount(totals.rounding().money(negotiation.walkAwayPrice())));
            }
            if (negotiation.maxDiscountPercent() != null) {
                figures.row(p.label("maxDiscount"), p.percent(negotiation.maxDiscountPercent()));
            }
        }
        section.add(figures.keepTogether());
        if (negotiation != null && negotiation.notes() != null && !negotiation.notes().isBlank()) {
            section.subheading(p.label("internalNotes"));
            section.paragraph(negotiation.notes());
        }

        if (!context.estimate().rateCard().roles().isEmpty()) {
            section.subheading(p.text("internal.rates"));
            TableBuilder rates = SectionBuilder.table(Column.text(p.text("internal.role"), 52),
                    Column.number(p.label("rate"), 24), Column.number(p.text("internal.costRate"), 24));
            for (Role role : context.estimate().rateCard().roles()) {
                String per = " " + p.name(role.per());
                rates.row(role.name(), p.rate(role.rate()) + per, role.cost() == null ? p.none() : p.rate(role.cost()) + per);
            }
            section.add(rates);
        }

        section.subheading(p.text("internal.itemCosts"));
        TableBuilder items = SectionBuilder.table(Column.text(p.label("item"), 46),
                Column.number(p.text("internal.unitCost"), 18), Column.number(p.label("amount"), 18),
                Column.number(p.label("cost"), 18));
        for (ItemTotal item : totals.items().values()) {
            LineItem line = context.estimate().item(item.itemId()).orElseThrow();
            items.row(p.itemLabel(line), line.unitCost() == null ? p.none() : p.rate(line.unitCost()),
                    p.amount(item.amount()), item.cost() == null ? p.none() : p.amount(item.cost()));
        }
        section.add(items);
        return section.build();
    }
}
