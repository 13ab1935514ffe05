package dev.estimator.export.document;

import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.List;

/** Section 3: the groups with their items and subtotals, and a chart of cost by group. */
final class BreakdownSection implements DocumentSection {

    private static final String INDENT = "    ";

    @Override
    public boolean appliesTo(SectionContext context) {
        return !context.totals().groups().isEmpty();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        SectionBuilder section = SectionBuilder.numbered("breakdown", p.text("section.breakdown"));
        section.paragraph(p.text("breakdown.intro"));

        // One table per top-level group, so that a renderer can start each where a few of its rows fit.
        for (GroupTotal group : context.totals().groups()) {
            TableBuilder table = SectionBuilder.table(Column.text(p.label("item"), 47),
                    Column.number(p.label("quantity"), 11), Column.text(p.label("unit"), 11),
                    Column.number(p.label("rate"), 14), Column.number(p.label("lineAmount"), 17));
            group(context, table, group);
            section.add(table);
        }
        TableBuilder total = SectionBuilder.table(Column.text(null, 83), Column.number(null, 17));
        total.labelRow(RowKind.TOTAL, p.label("subtotal"), p.amount(context.totals().subtotal()));
        section.add(total);

        List<GroupTotal> groups = context.totals().groups();
        if (groups.size() > 1) {
            section.subheading(p.text("breakdown.chart"));
            section.add(new Block.BarChart(p.text("breakdown.chart"), groups.stream()
                    .map(g -> new Block.Bar(g.title(), g.amount(), p.amount(g.amount()))).toList()));
        }
        return section.build();
    }

    private static void group(SectionContext context, TableBuilder table, GroupTotal group) {
        Phrasing p = context.phrasing();
        String indent = INDENT.repeat(group.depth());
        table.wideRow(RowKind.GROUP, indent + group.title());
        for (ItemTotal item : group.items()) {
            LineItem line = context.item(item.itemId());
            String title = indent + p.itemLabel(line)
                    + (line.optional() ? " (" + p.text("breakdown.optional") + ")" : "");
            table.row(title, p.number(item.quantity()), p.unit(line, item.quantity()),
                    p.rate(item.rate()), p.amount(item.amount()));
        }
        for (GroupTotal subgroup : group.groups()) {
            group(context, table, subgroup);
        }
        table.labelRow(RowKind.GROUP, indent + p.text("breakdown.groupSubtotal", group.title()), p.amount(group.amount()));
    }
}
