package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import dev.estimator.export.document.Block.Cell;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.Row;
import dev.estimator.export.document.Block.RowKind;
import dev.estimator.export.document.Block.TableKind;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Block.Table} row by row. */
final class TableBuilder {

    private final TableKind kind;
    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private boolean keepTogether;

    TableBuilder(TableKind kind, Column... columns) {
        this.kind = kind;
        this.columns = List.of(columns);
    }

    /** A row with one value per column. */
    TableBuilder row(RowKind rowKind, String... values) {
        Preconditions.checkArgument(values.length == columns.size(), "expected %s values, got %s", columns.size(),
                values.length);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            cells.add(new Cell(values[i] == null ? "" : values[i], 1, columns.get(i).numeric()));
        }
        rows.add(new Row(rowKind, cells));
        return this;
    }

    TableBuilder row(String... values) {
        return row(RowKind.BODY, values);
    }

    /** A row whose label spans every column but the last, which holds {@code amount}. */
    TableBuilder labelRow(RowKind rowKind, String label, String amount) {
        rows.add(new Row(rowKind, List.of(new Cell(label, columns.size() - 1, false), new Cell(amount, 1, true))));
        return this;
    }

    /** A row of one cell across the table. */
    TableBuilder wideRow(RowKind rowKind, String text) {
        rows.add(new Row(rowKind, List.of(new Cell(text, columns.size(), false))));
        return this;
    }

    /** Keeps the table on one page when it fits there. */
    TableBuilder keepTogether() {
        keepTogether = true;
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Block.Table build() {
        return new Block.Table(kind, columns, rows, keepTogether);
    }
}
