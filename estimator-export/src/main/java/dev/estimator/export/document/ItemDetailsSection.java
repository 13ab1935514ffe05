package dev.estimator.export.document;

import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Unit;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import dev.estimator.export.document.Block.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 4: how each figure was reached. One card per line item: quantity, rate and amount,
 * the basis and reasoning, the source and confidence, and the assumptions and risks it rests on.
 */
final class ItemDetailsSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        return context.estimate().allItems().findAny().isPresent();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        List<Entry> entries = new ArrayList<>();
        for (Group group : context.estimate().breakdown()) {
            entries(group, List.of(), entries);
        }
        Block intro = Block.Paragraph.of(p.text("items.intro"));
        // The cards are made as a renderer reads them: with 100,000 items, holding them all would
        // take several times the memory of the estimate itself.
        List<Block> blocks = new OnDemandList<>(1 + entries.size(), i -> {
            if (i == 0) {
                return intro;
            }
            Entry entry = entries.get(i - 1);
            return entry.item() == null ? new Block.Subheading(entry.subheading())
                    : card(context, entry.item(), context.totals().item(entry.item().id())).build();
        });
        return new Section("items", p.text("section.items"), true, Section.Layout.FLOW, blocks);
    }

    /** A block of the section: a group's subheading, or an item's card. */
    private record Entry(String subheading, LineItem item) {
    }

    /** The entries of one group's items under the group's path of titles, then its subgroups'. */
    private static void entries(Group group, List<String> path, List<Entry> entries) {
        List<String> titles = new ArrayList<>(path);
        titles.add(group.title());
        if (!group.items().isEmpty()) {
            entries.add(new Entry(String.join(" \u203A ", titles), null));
            for (LineItem item : group.items()) {
                entries.add(new Entry(null, item));
            }
        }
        for (Group subgroup : group.groups()) {
            entries(subgroup, titles, entries);
        }
    }

    private static TableBuilder card(SectionContext context, LineItem item, ItemTotal total) {
        Phrasing p = context.phrasing();
        Estimate estimate = context.estimate();
        Justification why = item.justification();
        TableBuilder card = SectionBuilder.table(TableKind.CARD, Column.text(null, 24), Column.text(null, 76));
        card.wideRow(RowKind.GROUP, p.itemLabel(item)
                + (item.optional() ? " (" + p.text("breakdown.optional") + ")" : ""));
        if (item.description() != null && !item.description().isBlank()) {
            card.row(p.label("description"), item.description());
        }
        card.row(p.label("category"), p.name(item.category()));
        card.row(p.label("quantity"), quantity(p, item, total));
        card.row(p.label("rate"), rate(context, item, total));
        card.row(p.label("amount"), lumpSum(item, total)
                ? p.text("items.lumpSumCalculation", p.amount(total.amount()))
                : p.text("items.calculation", p.number(total.quantity()),
                        p.unit(item, total.quantity()), p.rate(total.rate()), p.amount(total.amount())));
        if (why != null) {
            card.row(p.label("basis"), p.name(why.basis()));
            card.row(p.label("reasoning"), why.reasoning());
            if (why.source() != null && !why.source().isBlank()) {
                card.row(p.label("source"), why.source());
            }
            List<String> past = PastProjectPhrases.lines(context, why.pastProjects());
            if (!past.isEmpty()) {
                card.row(p.text("items.pastProjects"), String.join("\n", past));
            }
            if (why.confidence() != null) {
                card.row(p.label("confidence"), p.name(why.confidence()));
            }
            List<String> assumptions = why.assumptions().stream()
                    .map(id -> id + "  " + estimate.assumption(id).map(a -> a.statement()).orElse("")).toList();
            if (!assumptions.isEmpty()) {
                card.row(p.label("assumptions"), String.join("\n", assumptions));
            }
            List<String> risks = why.risks().stream()
                    .map(id -> id + "  " + estimate.risk(id).map(r -> r.description()).orElse("")).toList();
            if (!risks.isEmpty()) {
                card.row(p.label("risks"), String.join("\n", risks));
            }
        }
        return card.keepTogether();
    }

    /** One lump sum ("a corpo", 一式): no count to multiply, no "each" to agree with. */
    private static boolean lumpSum(LineItem item, ItemTotal total) {
        return item.unit() == Unit.LUMP_SUM && item.customUnit() == null
                && total.quantity().compareTo(java.math.BigDecimal.ONE) == 0;
    }

    private static String quantity(Phrasing p, LineItem item, ItemTotal total) {
        if (lumpSum(item, total)) {
            return p.text("items.lumpSum");
        }
        String unit = p.unit(item, total.quantity());
        return switch (item.quantity()) {
            case Quantity.Fixed fixed -> p.number(total.quantity()) + " " + unit;
            case Quantity.ThreePoint tp -> p.text("items.threePoint", p.number(total.quantity()), unit,
                    p.number(tp.optimistic()), p.number(tp.mostLikely()), p.number(tp.pessimistic()));
        };
    }

    private static String rate(SectionContext context, LineItem item, ItemTotal total) {
        Phrasing p = context.phrasing();
        if (lumpSum(item, total)) {
            return p.text("items.lumpSumPrice", p.rate(total.rate()));
        }
        if (!item.isLabour() || !item.unit().isTime()) {
            return p.text("items.unitPrice", p.rate(total.rate()), p.number(total.quantity()),
                    p.unit(item, total.quantity()), p.gender(item));
        }
        Role role = context.estimate().rateCard().role(item.role()).orElseThrow();
        RatePeriod unitPeriod = item.unit() == Unit.DAYS ? RatePeriod.DAY : RatePeriod.HOUR;
        String rate = p.rate(total.rate()) + " " + p.name(unitPeriod);
        if (role.per() == unitPeriod) {
            return p.text("items.roleRate", rate, role.name());
        }
        return p.text("items.convertedRate", rate, role.name(), p.rate(role.rate()) + " " + p.name(role.per()),
                p.number(context.estimate().rateCard().hoursPerDay()));
    }
}
