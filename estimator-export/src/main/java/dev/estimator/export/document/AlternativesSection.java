package dev.estimator.export.document;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Section 7: the alternatives side by side: total, difference, what the client gains and gives up. */
final class AlternativesSection implements DocumentSection {

    /** Alternatives per table; more would make the columns too narrow to read. */
    private static final int PER_TABLE = 3;

    @Override
    public boolean appliesTo(SectionContext context) {
        return !context.totals().alternatives().isEmpty();
    }

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        SectionBuilder section = SectionBuilder.numbered("alternatives", p.text("section.alternatives"));
        section.paragraph(p.text("alternatives.intro", p.amount(context.totals().grandTotal())));
        List<AlternativeTotals> all = context.totals().alternatives();
        // Where anything recurs, in the baseline or an alternative, each table shows the recurring part too.
        boolean recurs = context.totals().recurring().hasRecurring()
                || all.stream().anyMatch(a -> a.totals().recurring().hasRecurring());
        if (recurs) {
            section.paragraph(p.text("alternatives.recurringIntro",
                    RecurringPhrases.perPeriod(p, context.totals().recurring()),
                    p.amount(context.totals().totalCostOfOwnership())));
        }
        for (int from = 0; from < all.size(); from += PER_TABLE) {
            section.add(table(p, all.subList(from, Math.min(all.size(), from + PER_TABLE)), recurs));
        }
        return section.build();
    }

    private static TableBuilder table(Phrasing p, List<AlternativeTotals> alternatives, boolean recurs) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("", 20));
        for (AlternativeTotals alternative : alternatives) {
            columns.add(Column.text(alternative.alternative().name(), 80f / alternatives.size()));
        }
        TableBuilder table = SectionBuilder.table(columns.toArray(Column[]::new));
        row(table, RowKind.GROUP, p.label("total"), alternatives, a -> p.amount(a.totals().grandTotal()));
        row(table, RowKind.GROUP, p.label("delta"), alternatives, a -> p.signed(a.delta()));
        if (recurs) {
            row(table, RowKind.BODY, p.text("alternatives.recurring"), alternatives,
                    a -> RecurringPhrases.perPeriod(p, a.totals().recurring()));
            row(table, RowKind.GROUP, p.text("recurring.tcoTotal"), alternatives,
                    a -> p.amount(a.totals().totalCostOfOwnership()));
            row(table, RowKind.GROUP, p.text("alternatives.tcoDelta"), alternatives,
                    a -> p.signed(a.totalCostOfOwnershipDelta()));
        }
        row(table, RowKind.BODY, p.label("gains"), alternatives, a -> a.alternative().gains());
        row(table, RowKind.BODY, p.label("givesUp"), alternatives, a -> a.alternative().givesUp());
        row(table, RowKind.BODY, p.label("rationale"), alternatives, a -> a.alternative().rationale());
        row(table, RowKind.BODY, p.text("alternatives.changes"), alternatives, a -> changes(p, a.alternative()));
        return table.keepTogether();
    }

    private static void row(TableBuilder table, RowKind kind, String label, List<AlternativeTotals> alternatives,
                            Function<AlternativeTotals, String> value) {
        String[] cells = new String[alternatives.size() + 1];
        cells[0] = label;
        for (int i = 0; i < alternatives.size(); i++) {
            cells[i + 1] = value.apply(alternatives.get(i));
        }
        table.row(kind, cells);
    }

    private static String changes(Phrasing p, Alternative alternative) {
        List<String> lines = new ArrayList<>();
        if (alternative.basedOn() != null) {
            lines.add(p.basedOn(alternative.basedOn()));
        }
        for (Change change : alternative.changes()) {
            lines.add("\u2022 " + p.change(change));
        }
        return String.join("\n", lines);
    }
}
