package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of a long table that decide its column widths: in each column and for each kind of
 * row, the few with the longest figure or the longest word. A table fitted to these alone gets
 * the widths the whole table would get, without laying out thousands of cells to find them.
 */
final class TableSample {

    /** How many rows to keep per column and kind of row. */
    private static final int PER_COLUMN = 3;

    private TableSample() {
    }

    /** A table with {@code table}'s columns and only the rows that decide their widths, in their order. */
    static Block.Table widest(Block.Table table) {
        List<Block.Row> rows = table.rows();
        Set<Integer> chosen = new TreeSet<>();
        for (int column = 0; column < table.columns().size(); column++) {
            // Per kind of row, the PER_COLUMN longest so far (row indexes, longest first).
            java.util.Map<Block.RowKind, List<Integer>> longest = new java.util.EnumMap<>(Block.RowKind.class);
            int[] lengths = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                lengths[i] = length(rows.get(i), column);
                List<Integer> top = longest.computeIfAbsent(rows.get(i).kind(), k -> new ArrayList<>());
                int at = top.size();
                while (at > 0 && lengths[top.get(at - 1)] < lengths[i]) {
                    at--;
                }
                if (at < PER_COLUMN) {
                    top.add(at, i);
                    if (top.size() > PER_COLUMN) {
                        top.remove(PER_COLUMN);
                    }
                }
            }
            longest.values().forEach(chosen::addAll);
        }
        List<Block.Row> sample = new ArrayList<>();
        chosen.forEach(i -> sample.add(rows.get(i)));
        return new Block.Table(table.kind(), table.columns(), sample, false);
    }

    /**
     * The length, in characters, of what must not break in the row's cell in {@code column}: the
     * whole figure, or the longest word; 0 when a wider cell spans the column.
     */
    private static int length(Block.Row row, int column) {
        int start = 0;
        for (Block.Cell cell : row.cells()) {
            if (start == column) {
                if (cell.span() != 1) {
                    return 0;
                }
                if (cell.numeric()) {
                    return cell.text().lines().mapToInt(String::length).max().orElse(0);
                }
                return Table.longestWord(cell.text()).length();
            }
            start += cell.span();
            if (start > column) {
                return 0;
            }
        }
        return 0;
    }
}
