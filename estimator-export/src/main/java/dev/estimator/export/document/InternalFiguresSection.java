package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupMargin;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.NegotiationFigures;
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
        totals.negotiation().ifPresent(figure -> negotiation(p, figure, figures));
        section.add(figures.keepTogether());
        Trades.internalFigures(section, p, totals);
        InternalSection negotiation = context.estimate().internal();
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

        if (internal.isPresent() && !internal.get().groups().isEmpty()) {
            section.subheading(p.text("internal.groupMargins"));
            TableBuilder groups = SectionBuilder.table(Column.text(p.label("group"), 40),
                    Column.number(p.label("amount"), 16), Column.number(p.label("cost"), 16),
                    Column.number(p.label("margin"), 16), Column.number(p.label("marginPercent"), 12));
            for (GroupMargin group : internal.get().groups()) {
                groups.row("    ".repeat(group.depth()) + group.title(), p.amount(group.price()), p.amount(group.cost()),
                        p.amount(group.margin()), p.share(group.marginPercent()));
            }
            section.add(groups);
        }

        section.subheading(p.text("internal.itemCosts"));
        TableBuilder items = SectionBuilder.table(Column.text(p.label("item"), 46),
                Column.number(p.text("internal.unitCost"), 18), Column.number(p.label("amount"), 18),
                Column.number(p.label("cost"), 18));
        for (ItemTotal item : totals.items().values()) {
            LineItem line = context.item(item.itemId());
            items.row(p.itemLabel(line), line.unitCost() == null ? p.none() : p.rate(line.unitCost()),
                    p.amount(item.amount()), item.cost() == null ? p.none() : p.amount(item.cost()));
        }
        section.add(items);
        return section.build();
    }

    /** Target, walk-away and maximum discount, each with where the net price stands against it. */
    private static void negotiation(Phrasing p, NegotiationFigures figures, TableBuilder table) {
        if (figures.targetPrice() != null) {
            table.row(p.label("targetPrice"), p.amount(figures.targetPrice()));
            table.row(p.label("netOverTarget"), p.signed(figures.netVersusTarget()));
        }
        if (figures.walkAwayPrice() != null) {
            table.row(p.label("walkAwayPrice"), p.amount(figures.walkAwayPrice()));
            table.row(p.label("netOverWalkAway"), p.signed(figures.netVersusWalkAway()));
        }
        if (figures.maxDiscountPercent() != null) {
            table.row(p.label("maxDiscount"), p.percent(figures.maxDiscountPercent()));
            table.row(p.label("priceAtMaxDiscount"), p.amount(figures.netAtMaxDiscount()));
        }
    }
}
