package dev.estimator.export.pdf;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Section 7: the alternatives side by side: total, difference, what the client gains and gives up. */
final class AlternativesSection implements DocumentSection {

    /** Alternatives per table; more would make the columns too narrow to read. */
    private static final int PER_TABLE = 3;

    @Override
    public boolean appliesTo(PdfContext context) {
        return !context.totals().alternatives().isEmpty();
    }

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        out.heading(texts.text("section.alternatives"));
        out.paragraph(texts.text("alternatives.intro", context.amount(context.totals().grandTotal())));
        List<AlternativeTotals> all = context.totals().alternatives();
        for (int from = 0; from < all.size(); from += PER_TABLE) {
            out.add(table(context, all.subList(from, Math.min(all.size(), from + PER_TABLE))));
        }
    }

    private static Table table(PdfContext context, List<AlternativeTotals> alternatives) {
        PdfTexts texts = context.texts();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text("", 20));
        for (AlternativeTotals alternative : alternatives) {
            columns.add(Table.Column.text(alternative.alternative().name(), 80f / alternatives.size()));
        }
        Table table = context.out().table(columns.toArray(Table.Column[]::new));
        row(table, Table.Row.GROUP, texts.label("total"), alternatives, a -> context.amount(a.totals().grandTotal()));
        row(table, Table.Row.GROUP, texts.label("delta"), alternatives, a -> context.signed(a.delta()));
        row(table, Table.Row.BODY, texts.label("gains"), alternatives, a -> a.alternative().gains());
        row(table, Table.Row.BODY, texts.label("givesUp"), alternatives, a -> a.alternative().givesUp());
        row(table, Table.Row.BODY, texts.label("rationale"), alternatives, a -> a.alternative().rationale());
        row(table, Table.Row.BODY, texts.text("alternatives.changes"), alternatives, a -> changes(context, a.alternative()));
        return table;
    }

    private static void row(Table table, Table.Row kind, String label, List<AlternativeTotals> alternatives,
                            Function<AlternativeTotals, String> value) {
        String[] cells = new String[alternatives.size() + 1];
        cells[0] = label;
        for (int i = 0; i < alternatives.size(); i++) {
            cells[i + 1] = value.apply(alternatives.get(i));
        }
        table.row(kind, cells);
    }

    private static String changes(PdfContext context, Alternative alternative) {
        PdfTexts texts = context.texts();
        List<String> lines = new ArrayList<>();
        if (alternative.basedOn() != null) {
            String base = context.estimate().alternative(alternative.basedOn()).map(Alternative::name)
                    .orElse(alternative.basedOn());
            lines.add(texts.text("alternatives.basedOn", base));
        }
        for (Change change : alternative.changes()) {
            lines.add("\u2022 " + switch (change) {
                case Change.Drop drop -> texts.text("change.drop", context.itemTitle(drop.item()));
                case Change.Add add -> texts.text("change.add", add.newItem().title());
                case Change.ChangeQuantity q -> texts.text("change.quantity", context.itemTitle(q.item()), quantity(context, q));
                case Change.ChangeRate r -> texts.text("change.rate", context.estimate().rateCard().role(r.role())
                        .map(role -> role.name()).orElse(r.role()), context.rate(r.rate()));
                case Change.ChangeUnitPrice p -> texts.text("change.unitPrice", context.itemTitle(p.item()),
                        context.rate(p.unitPrice()));
                case Change.Swap swap -> texts.text("change.swap", context.itemTitle(swap.item()), swap.newItem().title());
            });
        }
        return String.join("\n", lines);
    }

    private static String quantity(PdfContext context, Change.ChangeQuantity change) {
        java.math.BigDecimal amount = change.quantity() instanceof Quantity.Fixed fixed ? fixed.value() : null;
        String unit = context.anyItem(change.item()).map(i -> " " + context.texts().unit(i.unit(), amount)).orElse("");
        return switch (change.quantity()) {
            case Quantity.Fixed fixed -> context.number(fixed.value()) + unit;
            case Quantity.ThreePoint tp -> context.number(tp.optimistic()) + " / " + context.number(tp.mostLikely())
                    + " / " + context.number(tp.pessimistic()) + unit;
        };
    }
}
