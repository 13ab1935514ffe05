package dev.estimator.export.pdf;

import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 4: how each figure was reached. One card per line item: quantity, rate and amount,
 * the basis and reasoning, the source and confidence, and the assumptions and risks it rests on.
 */
final class ItemDetailsSection implements DocumentSection {

    @Override
    public boolean appliesTo(PdfContext context) {
        return context.estimate().allItems().findAny().isPresent();
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        List<Cards> all = new ArrayList<>();
        for (Group group : context.estimate().breakdown()) {
            cards(context, group, List.of(), all);
        }
        out.heading(context.texts().text("section.items"), all.getFirst().cards().getFirst());
        out.paragraph(context.texts().text("items.intro"));
        for (Cards group : all) {
            out.subheading(group.title(), group.cards().getFirst());
            group.cards().forEach(out::add);
        }
    }

    /** The cards of one group's items, under the group's path of titles. */
    private record Cards(String title, List<Table> cards) {
    }

    private static void cards(PdfContext context, Group group, List<String> path, List<Cards> out) {
        List<String> titles = new ArrayList<>(path);
        titles.add(group.title());
        if (!group.items().isEmpty()) {
            out.add(new Cards(String.join(" \u203A ", titles), group.items().stream()
                    .map(item -> card(context, item, context.totals().item(item.id()))).toList()));
        }
        for (Group subgroup : group.groups()) {
            cards(context, subgroup, titles, out);
        }
    }

    private static Table card(PdfContext context, LineItem item, ItemTotal total) {
        PdfTexts texts = context.texts();
        Estimate estimate = context.estimate();
        Justification why = item.justification();
        Table card = context.out().table(Table.Column.text(null, 24), Table.Column.text(null, 76));
        card.wideRow(Table.Row.GROUP, context.itemLabel(item)
                + (item.optional() ? "  (" + texts.text("breakdown.optional") + ")" : ""));
        if (item.description() != null && !item.description().isBlank()) {
            card.row(texts.label("description"), item.description());
        }
        card.row(texts.label("category"), texts.name(item.category()));
        card.row(texts.label("quantity"), quantity(context, item, total));
        card.row(texts.label("rate"), rate(context, item, total));
        card.row(texts.label("amount"), texts.text("items.calculation", context.number(total.quantity()),
                texts.unit(item.unit(), total.quantity()), context.rate(total.rate()), context.amount(total.amount())));
        if (why != null) {
            card.row(texts.label("basis"), texts.name(why.basis()));
            card.row(texts.label("reasoning"), why.reasoning());
            if (why.source() != null && !why.source().isBlank()) {
                card.row(texts.label("source"), why.source());
            }
            if (why.confidence() != null) {
                card.row(texts.label("confidence"), texts.name(why.confidence()));
            }
            List<String> assumptions = why.assumptions().stream()
                    .map(id -> id + "  " + estimate.assumption(id).map(a -> a.statement()).orElse("")).toList();
            if (!assumptions.isEmpty()) {
                card.row(texts.label("assumptions"), String.join("\n", assumptions));
            }
            List<String> risks = why.risks().stream()
                    .map(id -> id + "  " + estimate.risk(id).map(r -> r.description()).orElse("")).toList();
            if (!risks.isEmpty()) {
                card.row(texts.label("risks"), String.join("\n", risks));
            }
        }
        return card.keepTogether();
    }

    private static String quantity(PdfContext context, LineItem item, ItemTotal total) {
        String unit = context.texts().unit(item.unit(), total.quantity());
        return switch (item.quantity()) {
            case Quantity.Fixed fixed -> context.number(total.quantity()) + " " + unit;
            case Quantity.ThreePoint tp -> context.texts().text("items.threePoint", context.number(total.quantity()), unit,
                    context.number(tp.optimistic()), context.number(tp.mostLikely()), context.number(tp.pessimistic()));
        };
    }

    private static String rate(PdfContext context, LineItem item, ItemTotal total) {
        PdfTexts texts = context.texts();
        if (!item.isLabour() || !item.unit().isTime()) {
            return texts.text("items.unitPrice", context.rate(total.rate()), context.number(total.quantity()),
                    texts.unit(item.unit(), total.quantity()));
        }
        Role role = context.estimate().rateCard().role(item.role()).orElseThrow();
        RatePeriod unitPeriod = item.unit() == Unit.DAYS ? RatePeriod.DAY : RatePeriod.HOUR;
        String rate = context.rate(total.rate()) + " " + texts.name(unitPeriod);
        if (role.per() == unitPeriod) {
            return texts.text("items.roleRate", rate, role.name());
        }
        return texts.text("items.convertedRate", rate, role.name(), context.rate(role.rate()) + " " + texts.name(role.per()),
                context.number(context.estimate().rateCard().hoursPerDay()));
    }
}
