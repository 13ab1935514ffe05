package dev.estimator.export.pdf;

import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.model.LineItem;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Image;

/** Section 3: the groups with their items and subtotals, and a chart of cost by group. */
final class BreakdownSection implements DocumentSection {

    private static final String INDENT = "    ";
    private static final float GROUP_ROOM = 110;

    @Override
    public boolean appliesTo(PdfContext context) {
        return !context.totals().groups().isEmpty();
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        out.heading(texts.text("section.breakdown"), GROUP_ROOM);
        out.paragraph(texts.text("breakdown.intro"));

        // One table per top-level group, each started where a few of its rows fit, so that no
        // group title is left alone at the bottom of a page.
        for (GroupTotal group : context.totals().groups()) {
            Table table = columns(context);
            group(context, table, group);
            out.ensureRoom(GROUP_ROOM);
            out.add(table);
        }
        Table total = out.table(Table.Column.text(null, 83), Table.Column.number(null, 17));
        total.labelRow(Table.Row.TOTAL, texts.label("subtotal"), context.amount(context.totals().subtotal()));
        out.add(total);

        List<GroupTotal> groups = context.totals().groups();
        if (groups.size() > 1) {
            out.subheading(texts.text("breakdown.chart"));
            Image chart = CostChart.render(out.writer(), out.fonts(), out.palette(), groups, context.money(), out.width());
            chart.setAlignment(Element.ALIGN_LEFT);
            out.ensureRoom(chart.getScaledHeight() + 10);
            out.add(chart);
        }
    }

    private static Table columns(PdfContext context) {
        PdfTexts texts = context.texts();
        return context.out().table(Table.Column.text(texts.label("item"), 47),
                Table.Column.number(texts.label("quantity"), 11), Table.Column.text(texts.label("unit"), 11),
                Table.Column.number(texts.label("rate"), 14), Table.Column.number(texts.label("amount"), 17));
    }

    private static void group(PdfContext context, Table table, GroupTotal group) {
        String indent = INDENT.repeat(group.depth());
        table.wideRow(Table.Row.GROUP, indent + group.title());
        for (ItemTotal item : group.items()) {
            LineItem line = context.estimate().item(item.itemId()).orElseThrow();
            String title = indent + context.itemLabel(line)
                    + (line.optional() ? "  (" + context.texts().text("breakdown.optional") + ")" : "");
            table.row(title, context.number(item.quantity()), context.texts().unit(line.unit(), item.quantity()),
                    context.rate(item.rate()), context.amount(item.amount()));
        }
        for (GroupTotal subgroup : group.groups()) {
            group(context, table, subgroup);
        }
        table.labelRow(Table.Row.GROUP, indent + context.texts().text("breakdown.groupSubtotal", group.title()),
                context.amount(group.amount()));
    }
}
