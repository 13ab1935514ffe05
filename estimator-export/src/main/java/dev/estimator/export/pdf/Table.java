package dev.estimator.export.pdf;

import com.google.common.base.Preconditions;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A table of the document: a header row that repeats on every page the table spans, rows that
 * are kept whole (a row moves to the next page rather than split), numbers right-aligned.
 *
 * <p>A figure never wraps: before the table is laid out, each column is widened to its widest
 * figure (and its longest word, such as an id), taking the room from columns of running text; when
 * even that cannot make room, the table's text is set smaller until it fits.
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
    /** The text width of an A4 page with the document's margins, when the table is not yet sized. */
    private static final float DEFAULT_WIDTH = PageSize.A4.getWidth() - 2 * PageFrame.MARGIN_SIDE;
    /** A column of running text keeps at least this share of its planned width. */
    private static final float TEXT_KEEPS = 0.4f;
    private final PdfPTable table;
    /** Single-column cells, with what each must show unbroken. */
    private final List<Measured> measured = new ArrayList<>();
    private int fittedCells = -1;
    /** The widths last set by {@link #fit()}. */
    private float[] relativeWidths;
    /** The scale the cells' text is set at: 1 unless figures could not fit at full size. */
    private float scale = 1;
    private final Column[] columns;
    /** The widths and text scale fitted on another table this one continues, or {@code null}. */
    private Fitted continues;
    private final DocumentFonts fonts;
    private final Theme.Palette palette;
    /** Whether plain cells are drawn by {@link DrawnText} rather than laid out by OpenPDF (see {@link #drawingText()}). */
    private boolean drawing;
    /** Cells whose text {@link DrawnText} is to set, once the column widths are known. */
    private final List<Drawn> drawn = new ArrayList<>();
    private int placedCells;
    /**
     * The cells of a table whose text is drawn, held until the widths are known: the PDF table
     * takes a copy of a cell when it is added, so a cell must be complete by then.
     */
    private final List<PdfPCell> pending = new ArrayList<>();

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
                measured.add(new Measured(measured.size() % columns.length, cell, column.title(), TextStyle.TABLE_HEAD,
                        false));
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
                addCell(gap);
            } else {
                PdfPCell cell = styled(values[i], kind, columns[i].numeric(), i, 1);
                measured.add(new Measured(i, cell, values[i], style(kind), columns[i].numeric()));
                addCell(cell);
            }
        }
        return this;
    }

    Table row(String... values) {
        return row(Row.BODY, values);
    }

    /** A row whose label spans every column but the last, which holds {@code amount}. */
    Table labelRow(Row kind, String label, String amount) {
        PdfPCell labelCell = styled(label, kind, false, 0, columns.length - 1);
        if (columns.length == 2) {
            // A label in one column: its words (a Japanese label is one) must not break either.
            measured.add(new Measured(0, labelCell, label, style(kind), true));
        }
        addCell(labelCell);
        PdfPCell cell = styled(amount, kind, true, columns.length - 1, 1);
        measured.add(new Measured(columns.length - 1, cell, amount, style(kind), true));
        addCell(cell);
        return this;
    }

    /** A row of one cell across the table. */
    Table wideRow(Row kind, String text) {
        addCell(styled(text, kind, false, 0, columns.length));
        return this;
    }

    /** A row of one cell across the table, holding a prepared phrase (mixed styles). */
    Table wideRow(Phrase phrase) {
        PdfPCell cell = cell(phrase, false);
        cell.setColspan(columns.length);
        addCell(cell);
        return this;
    }

    /** A row of cells, each spanning one or more columns. */
    Table cells(Row kind, java.util.List<dev.estimator.export.document.Block.Cell> cells) {
        int column = 0;
        for (dev.estimator.export.document.Block.Cell cell : cells) {
            if (cell.span() == 1 && columns[column].gap()) {
                PdfPCell gap = new PdfPCell(fonts.phrase("", TextStyle.SMALL));
                gap.setBorder(Rectangle.NO_BORDER);
                addCell(gap);
            } else {
                PdfPCell pdfCell = styled(cell.text(), kind, cell.numeric(), column, cell.span());
                if (cell.span() == 1) {
                    measured.add(new Measured(column, pdfCell, cell.text(), style(kind), cell.numeric()));
                }
                addCell(pdfCell);
            }
            column += cell.span();
        }
        return this;
    }

    /**
     * Has the plain cells added from now on (ordinary, group and total rows whose text one Latin
     * font can set, see {@link DocumentFonts#drawable}) drawn by {@link DrawnText}: for the tables
     * a large estimate has thousands of, the item cards and the breakdown. A cell whose word does
     * not fit its column is laid out by OpenPDF as before.
     */
    Table drawingText() {
        drawing = true;
        return this;
    }

    /** Keeps the table on one page when it fits there. */
    Table keepTogether() {
        table.setKeepTogether(true);
        return this;
    }

    PdfPTable element() {
        if (fittedCells != measured.size()) {
            if (continues == null) {
                fit();
            } else {
                table.setWidths(continues.widths());
                for (Measured m : measured.subList(Math.max(fittedCells, 0), measured.size())) {
                    shrink(m.cell().getPhrase(), continues.scale());
                }
            }
            fittedCells = measured.size();
        }
        if (placedCells < drawn.size()) {
            place(continues == null ? relativeWidths : continues.widths(), continues == null ? scale : continues.scale());
        }
        pending.forEach(table::addCell);
        pending.clear();
        return table;
    }

    private void addCell(PdfPCell cell) {
        if (drawing) {
            pending.add(cell);
        } else {
            table.addCell(cell);
        }
    }

    /** Sets the text of the cells waiting in {@link #drawn}, now that the column widths and the text scale are known. */
    private void place(float[] relative, float textScale) {
        float total = table.getTotalWidth() > 0 ? table.getTotalWidth() : DEFAULT_WIDTH;
        float sum = 0;
        for (float width : relative) {
            sum += width;
        }
        for (Drawn d : drawn.subList(placedCells, drawn.size())) {
            float width = 0;
            for (int i = d.column(); i < d.column() + d.span(); i++) {
                width += relative[i] / sum * total;
            }
            float size = fonts.size(d.style()) * textScale;
            if (!DrawnText.place(d.cell(), width, d.text(), fonts.latin(d.style()), size, d.colour(),
                    fonts.metrics(d.style(), size))) {
                Phrase phrase = fonts.phrase(d.text(), d.style(), d.colour());
                shrink(phrase, textScale);
                d.cell().setPhrase(phrase);
            }
        }
        placedCells = drawn.size();
    }

    /** A cell whose text is drawn once the widths are known: the columns it spans and what it shows. */
    private record Drawn(PdfPCell cell, int column, int span, String text, TextStyle style, Color colour) {
    }

    /** The column widths and text scale this table was fitted to, for tables that continue it. */
    Fitted fitted() {
        element();
        return new Fitted(relativeWidths.clone(), scale);
    }

    /**
     * Makes this table the continuation of the one that was fitted to {@code fitted}: the same
     * column widths and text size, no space above it, and its header only on the pages it runs
     * on to, so that one long table can be added a slice at a time and never held whole.
     */
    Table continuing(Fitted fitted, boolean first) {
        this.continues = fitted;
        if (!first) {
            table.setSkipFirstHeader(true);
            table.setSpacingBefore(0);
        }
        return this;
    }

    /** A slice that more slices follow: only the last keeps the space after the table. */
    Table followedByMore() {
        table.setSpacingAfter(0);
        return this;
    }

    /** Column widths (relative) and the scale of the text, as fitted. */
    record Fitted(float[] widths, float scale) {
    }

    /** A cell in one column, and the text it must show without breaking a figure or a word. */
    private record Measured(int column, PdfPCell cell, String text, TextStyle style, boolean figure) {
    }

    private static TextStyle style(Row kind) {
        return switch (kind) {
            case BODY -> TextStyle.SMALL;
            case GROUP -> TextStyle.SMALL_BOLD;
            case TOTAL -> TextStyle.BODY_BOLD;
            case NOTE, SIGNATURE -> TextStyle.CAPTION;
        };
    }

    /**
     * Sets the column widths so that no figure and no word has to break: each column gets at least
     * its widest unbreakable piece (a whole figure; the longest word of a text), the extra room
     * coming from columns with room to spare. When the pieces alone are wider than the table, every
     * cell's text is scaled down to fit.
     */
    private void fit() {
        float total = table.getTotalWidth() > 0 ? table.getTotalWidth() : DEFAULT_WIDTH;
        float planned = 0;
        for (Column column : columns) {
            planned += column.width();
        }
        float[] widths = new float[columns.length];
        float[] needs = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].width() / planned * total;
        }
        for (Measured m : measured) {
            if (m.text() != null && !m.text().isEmpty()) {
                float padding = m.cell().getPaddingLeft() + m.cell().getPaddingRight() + 2;
                needs[m.column()] = Math.max(needs[m.column()], unbroken(m) + padding);
            }
        }
        float needed = 0;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].gap()) {
                needs[i] = widths[i];
            } else if (!columns[i].numeric()) {
                needs[i] = Math.max(needs[i], widths[i] * TEXT_KEEPS);
            }
            needed += needs[i];
        }
        float target = Math.min(1, total / needed);
        scaleText(target);
        for (int i = 0; i < columns.length; i++) {
            needs[i] *= target;
        }
        widen(widths, needs);
        table.setWidths(widths);
        relativeWidths = widths;
    }

    /** Widens every column below its need, taking the room from the columns with room to spare. */
    private static void widen(float[] widths, float[] needs) {
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            missing += Math.max(0, needs[i] - widths[i]);
            spare += Math.max(0, widths[i] - needs[i]);
        }
        if (missing <= 0 || spare <= 0) {
            return;
        }
        float take = Math.min(1, missing / spare);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] < needs[i] ? needs[i] : widths[i] - (widths[i] - needs[i]) * take;
        }
    }

    /** The width of what must not break: a whole figure, or the longest word of a text. */
    private float unbroken(Measured m) {
        if (m.figure()) {
            float widest = 0;
            for (String line : m.text().split("\n")) {
                widest = Math.max(widest, fonts.width(line, m.style()));
            }
            return widest;
        }
        String longest = longestWord(m.text());
        return longest.isEmpty() ? 0 : fonts.width(longest, m.style());
    }

    /** The first of the longest {@link #WORD words} of {@code text}. */
    static String longestWord(String text) {
        int start = -1;
        int bestStart = 0;
        int bestLength = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= FIRST_CJK) {
                // Japanese text may break between any two of its characters; a Latin word or a number inside it may not.
                return regexLongestWord(text);
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space && start >= 0) {
                if (i - start > bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return text.substring(bestStart, bestStart + bestLength);
    }

    private static String regexLongestWord(String text) {
        String longest = "";
        java.util.regex.Matcher words = WORD.matcher(text);
        while (words.find()) {
            longest = words.group().length() > longest.length() ? words.group() : longest;
        }
        return longest;
    }

    /**
     * Below this character no {@link #CJK} character (Han, kana, CJK punctuation, full-width forms)
     * nor a surrogate is found, so a text of such characters breaks only at white space.
     */
    private static final char FIRST_CJK = '\u2E80';

    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u30FF\\uFF00-\\uFFEF";
    /** A piece of text that must not break: one Japanese character, or a run of anything else up to a space. */
    static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[" + CJK + "]|[^\\s" + CJK + "]+");

    /** Sets every cell's text at {@code target} times its size: the last resort when figures cannot fit. */
    private void scaleText(float target) {
        if (target == scale) {
            return;
        }
        for (Measured m : measured) {
            shrink(m.cell().getPhrase(), target / scale);
        }
        scale = target;
    }

    private static void shrink(Phrase phrase, float factor) {
        if (phrase == null) {
            return;
        }
        for (Element element : phrase) {
            if (element instanceof Chunk chunk && chunk.getFont() != null) {
                chunk.getFont().setSize(chunk.getFont().getSize() * factor);
            }
        }
    }

    private PdfPCell styled(String text, Row kind, boolean numeric, int column, int span) {
        boolean draw = drawing && kind != Row.NOTE && kind != Row.SIGNATURE && text != null
                && fonts.drawable(text, style(kind));
        PdfPCell cell = switch (kind) {
            case BODY -> cell(draw ? null : fonts.phrase(text, TextStyle.SMALL), numeric);
            case GROUP -> {
                PdfPCell c = cell(draw ? null : fonts.phrase(text, TextStyle.SMALL_BOLD, palette.primary()), numeric);
                c.setBackgroundColor(palette.stripe());
                yield c;
            }
            case TOTAL -> {
                PdfPCell c = cell(draw ? null : fonts.phrase(text, TextStyle.BODY_BOLD, Color.WHITE), numeric);
                c.setBackgroundColor(palette.primary());
                yield c;
            }
            case NOTE -> {
                PdfPCell c = cell(fonts.phrase(text, TextStyle.CAPTION, palette.muted()), numeric);
                c.setPaddingTop(0.5f);
                c.setUseAscender(false);
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
        if (draw) {
            drawn.add(new Drawn(cell, column, span, text, style(kind), switch (kind) {
                case GROUP -> palette.primary();
                case TOTAL -> Color.WHITE;
                default -> fonts.textColour();
            }));
        }
        return cell;
    }

    /** A cell styled as every cell of the table is; {@code phrase} is {@code null} for a cell whose text is drawn. */
    private PdfPCell cell(Phrase phrase, boolean numeric) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
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
