package dev.estimator.export.pdf;

import com.google.common.base.Preconditions;
import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A table of the document: a header row that repeats on every page the table spans, rows that
 * are kept whole (a row moves to the next page rather than split), numbers right-aligned.
 */
final class Table {

    /**
     * A column: its title, relative width, whether it holds numbers (right-aligned), and whether
     * it is only a gap between columns (no borders, no content).
     */
    record Column(String title, float width, boolean numeric, boolean gap) {
        static Column text(String title, float width) {
            return new Column(title, width, false, false);
        }

        static Column number(String title, float width) {
            return new Column(title, width, true, false);
        }

        static Column gap(float width) {
            return new Column("", width, false, true);
        }
    }

    /** How a row looks. */
    enum Row {
        /** An ordinary row. */
        BODY,
        /** A group heading or a subtotal: tinted, bold. */
        GROUP,
        /** A total: the theme's primary colour, white bold text. */
        TOTAL,
        /** A small muted line, e.g. an explanation under an item. */
        NOTE,
        /** A space to sign or write in: a caption at the top, the bottom border as the line. */
        SIGNATURE
    }

    private static final float PADDING = 4f;
    private final PdfPTable table;
    private final Column[] columns;
    private final DocumentFonts fonts;
    private final Theme.Palette palette;

    Table(DocumentFonts fonts, Theme.Palette palette, Column... columns) {
        Preconditions.checkArgument(columns.length > 0, "a table needs columns");
        this.fonts = fonts;
        this.palette = palette;
        this.columns = columns.clone();
        this.table = new PdfPTable(columns.length);
        float[] widths = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].width();
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        boolean titled = false;
        for (Column column : columns) {
            titled |= column.title() != null;
        }
        if (titled) {
            for (Column column : columns) {
                PdfPCell cell = cell(fonts.phrase(column.title() == null ? "" : column.title(), TextStyle.TABLE_HEAD,
                        Color.WHITE), column.numeric());
                cell.setBackgroundColor(column.gap() ? Color.WHITE : palette.primary());
                cell.setBorder(Rectangle.NO_BORDER);
                table.addCell(cell);
            }
            table.setHeaderRows(1);
        }
    }

    /** A row with one value per column. */
    Table row(Row kind, String... values) {
        Preconditions.checkArgument(values.length == columns.length, "expected %s values, got %s", columns.length,
                values.length);
        for (int i = 0; i < values.length; i++) {
            if (columns[i].gap()) {
                PdfPCell gap = new PdfPCell(fonts.phrase("", TextStyle.SMALL));
                gap.setBorder(Rectangle.NO_BORDER);
                table.addCell(gap);
            } else {
                table.addCell(styled(values[i], kind, columns[i].numeric(), 1));
            }
        }
        return this;
    }

    Table row(String... values) {
        return row(Row.BODY, values);
    }

    /** A row whose label spans every column but the last, which holds {@code amount}. */
    Table labelRow(Row kind, String label, String amount) {
        table.addCell(styled(label, kind, false, columns.length - 1));
        table.addCell(styled(amount, kind, true, 1));
        return this;
    }

    /** A row of one cell across the table. */
    Table wideRow(Row kind, String text) {
        table.addCell(styled(text, kind, false, columns.length));
        return this;
    }

    /** A row of one cell across the table, holding a prepared phrase (mixed styles). */
    Table wideRow(Phrase phrase) {
        PdfPCell cell = cell(phrase, false);
        cell.setColspan(columns.length);
        table.addCell(cell);
        return this;
    }

    /** A row of cells, each spanning one or more columns. */
    Table cells(Row kind, java.util.List<dev.estimator.export.document.Block.Cell> cells) {
        int column = 0;
        for (dev.estimator.export.document.Block.Cell cell : cells) {
            if (cell.span() == 1 && columns[column].gap()) {
                PdfPCell gap = new PdfPCell(fonts.phrase("", TextStyle.SMALL));
                gap.setBorder(Rectangle.NO_BORDER);
                table.addCell(gap);
            } else {
                table.addCell(styled(cell.text(), kind, cell.numeric(), cell.span()));
            }
            column += cell.span();
        }
        return this;
    }

    /** Keeps the table on one page when it fits there. */
    Table keepTogether() {
        table.setKeepTogether(true);
        return this;
    }

    PdfPTable element() {
        return table;
    }

    private PdfPCell styled(String text, Row kind, boolean numeric, int span) {
        PdfPCell cell = switch (kind) {
            case BODY -> cell(fonts.phrase(text, TextStyle.SMALL), numeric);
            case GROUP -> {
                PdfPCell c = cell(fonts.phrase(text, TextStyle.SMALL_BOLD, palette.primary()), numeric);
                c.setBackgroundColor(palette.stripe());
                yield c;
            }
            case TOTAL -> {
                PdfPCell c = cell(fonts.phrase(text, TextStyle.BODY_BOLD, Color.WHITE), numeric);
                c.setBackgroundColor(palette.primary());
                yield c;
            }
            case NOTE -> {
                PdfPCell c = cell(fonts.phrase(text, TextStyle.CAPTION, palette.muted()), numeric);
                c.setPaddingTop(0);
                yield c;
            }
            case SIGNATURE -> {
                PdfPCell c = cell(fonts.phrase(text, TextStyle.CAPTION, palette.muted()), numeric);
                c.setMinimumHeight(40);
                c.setBorderColor(palette.text());
                c.setBorderWidthBottom(0.6f);
                c.setPaddingRight(24);
                yield c;
            }
        };
        cell.setColspan(span);
        return cell;
    }

    private PdfPCell cell(Phrase phrase, boolean numeric) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setUseAscender(true);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(palette.stripe().darker());
        cell.setBorderWidth(0.4f);
        return cell;
    }
}
