package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.List;

/**
 * A piece of a section's content, as data. Every text is final: phrased in the document's
 * language, every figure formatted. A renderer decides only how it looks.
 */
public sealed interface Block {

    /** The cover's title band: a small kicker line, the title, and who the document is for. */
    record Cover(String kicker, String title, String preparedFor) implements Block {
        public Cover {
            Preconditions.checkNotNull(title, "title");
        }
    }

    /**
     * Who the document is addressed to and who sends it, as a letter sets them: the addressee on
     * one side, the sender's name and identification on the other, with a box for the company
     * seal where the language's documents carry one (社印 in Japan). The first line of each is
     * the party's name.
     *
     * @param addressee the addressee's lines, e.g. "Spett.le", the name, the address
     * @param sender    the sender's lines: name, address, contact, tax and registration numbers
     * @param seal      the caption of the seal box, or {@code null} for none
     */
    record Letterhead(List<String> addressee, List<String> sender, String seal) implements Block {
        public Letterhead {
            addressee = List.copyOf(addressee);
            sender = List.copyOf(sender);
        }
    }

    /** A heading inside a section. */
    record Subheading(String text) implements Block {
        public Subheading {
            Preconditions.checkNotNull(text, "text");
        }
    }

    /** How a paragraph's text is set. */
    enum TextStyle {
        /** Ordinary text. */
        BODY,
        /** Text that must not be missed. */
        STRONG,
        /** A small note. */
        CAPTION
    }

    /**
     * A paragraph, optionally led by a bold label ("Contingency: €7,000.00 — 8 % of ...").
     *
     * @param label the leading label without its colon, or {@code null}
     */
    record Paragraph(String label, String text, TextStyle style) implements Block {
        public Paragraph {
            Preconditions.checkNotNull(text, "text");
            Preconditions.checkNotNull(style, "style");
        }

        public static Paragraph of(String text) {
            return new Paragraph(null, text, TextStyle.BODY);
        }
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** What a table is for, which a renderer may show differently. */
    enum TableKind {
        /** Rows of figures or facts under column headings. */
        GRID,
        /** Label and value pairs, without column headings. */
        DETAILS,
        /** One line item's explanation: a title row, then label and value pairs. */
        CARD,
        /** Spaces to sign in. */
        SIGNATURES
    }

    /**
     * A column.
     *
     * @param title   its heading, or {@code null} (a table whose columns all lack titles has no heading row)
     * @param width   its share of the table's width, relative to the other columns
     * @param numeric whether it holds figures (aligned right, never wrapped inside a figure)
     * @param gap     whether it is only space between two columns
     */
    record Column(String title, float width, boolean numeric, boolean gap) {
        public static Column text(String title, float width) {
            return new Column(title, width, false, false);
        }

        public static Column number(String title, float width) {
            return new Column(title, width, true, false);
        }

        public static Column gap(float width) {
            return new Column("", width, false, true);
        }
    }

    /** How a row looks and what it is. */
    enum RowKind {
        /** An ordinary row. */
        BODY,
        /** A group heading or a subtotal. */
        GROUP,
        /** A total. */
        TOTAL,
        /** A small note under the row above. */
        NOTE,
        /** A space to sign or write in, with its caption. */
        SIGNATURE
    }

    /**
     * A cell. Multi-line texts hold {@code \n}.
     *
     * @param span    how many columns it covers
     * @param numeric whether it holds a figure (aligned right)
     */
    record Cell(String text, int span, boolean numeric) {
        public Cell {
            Preconditions.checkNotNull(text, "text");
            Preconditions.checkArgument(span >= 1, "span must be at least 1");
        }
    }

    /** A row: its cells' spans add up to the table's column count. */
    record Row(RowKind kind, List<Cell> cells) {
        public Row {
            Preconditions.checkNotNull(kind, "kind");
            cells = List.copyOf(cells);
        }
    }

    /**
     * A table.
     *
     * @param keepTogether whether it should stay on one page when it fits there
     */
    record Table(TableKind kind, List<Column> columns, List<Row> rows, boolean keepTogether) implements Block {
        public Table {
            Preconditions.checkNotNull(kind, "kind");
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            Preconditions.checkArgument(!columns.isEmpty(), "a table needs columns");
            for (Row row : rows) {
                int span = row.cells().stream().mapToInt(Cell::span).sum();
                Preconditions.checkArgument(span == columns.size(), "a row covers %s of %s columns", span, columns.size());
            }
        }

        /** Whether any column has a title, so that the table has a heading row. */
        public boolean hasHeader() {
            return columns.stream().anyMatch(c -> c.title() != null);
        }
    }

    /** One bar of a chart: its label, its value (the calculator's figure) and that value as printed. */
    record Bar(String label, BigDecimal value, String valueText) {
        public Bar {
            Preconditions.checkNotNull(label, "label");
            Preconditions.checkNotNull(value, "value");
            Preconditions.checkNotNull(valueText, "valueText");
        }
    }

    /** A horizontal bar chart, e.g. cost by group. */
    record BarChart(String description, List<Bar> bars) implements Block {
        public BarChart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * A point of a cumulative chart: a figure and the chance, in percent, that the outcome is at or
     * below it, both as the calculator gave them and as printed.
     */
    record CurvePoint(BigDecimal value, BigDecimal percent, String valueText, String percentText) {
        public CurvePoint {
            Preconditions.checkNotNull(value, "value");
            Preconditions.checkNotNull(percent, "percent");
            Preconditions.checkNotNull(valueText, "valueText");
            Preconditions.checkNotNull(percentText, "percentText");
        }
    }

    /** A point a cumulative chart marks and names, e.g. the quoted price; {@code text} is its legend line. */
    record CurveMark(String label, CurvePoint point, String text) {
        public CurveMark {
            Preconditions.checkNotNull(label, "label");
            Preconditions.checkNotNull(point, "point");
            Preconditions.checkNotNull(text, "text");
        }
    }

    /**
     * A cumulative probability chart (an S-curve): the figure across, the chance of coming in at or
     * below it up, the curve through {@code points} (rising), and the marked points. The
     * description says in words what the chart shows, one line per point worth reading, for
     * readers who cannot see it.
     *
     * @param valueAxis  the horizontal axis's title
     * @param chanceAxis the vertical axis's title
     * @param valueTicks the points whose figures label the horizontal axis
     * @param chanceTicks the chances labelling the vertical axis (their values unused)
     */
    record CurveChart(String title, String description, String valueAxis, String chanceAxis, List<CurvePoint> points,
                      List<CurvePoint> valueTicks, List<CurvePoint> chanceTicks, List<CurveMark> marks)
            implements Block {
        public CurveChart {
            Preconditions.checkNotNull(title, "title");
            Preconditions.checkNotNull(description, "description");
            points = List.copyOf(points);
            valueTicks = List.copyOf(valueTicks);
            chanceTicks = List.copyOf(chanceTicks);
            marks = List.copyOf(marks);
            Preconditions.checkArgument(points.size() >= 2, "a curve needs two points");
        }

        /** The smallest figure the chart shows, on the curve or marked. */
        public BigDecimal lowest() {
            return figures().reduce(BigDecimal::min).orElseThrow();
        }

        /** The largest figure the chart shows, on the curve or marked. */
        public BigDecimal highest() {
            return figures().reduce(BigDecimal::max).orElseThrow();
        }

        private java.util.stream.Stream<BigDecimal> figures() {
            return java.util.stream.Stream.concat(points.stream(), marks.stream().map(CurveMark::point))
                    .map(CurvePoint::value);
        }
    }

    /** A phase on a timeline: a bar from its first to its last day, with its label and dates as printed. */
    record TimelineSpan(String label, java.time.LocalDate start, java.time.LocalDate end, String datesText) {
        public TimelineSpan {
            Preconditions.checkNotNull(label, "label");
            Preconditions.checkArgument(!end.isBefore(start), "a span ends on or after its start");
            Preconditions.checkNotNull(datesText, "datesText");
        }
    }

    /** A payment on a timeline: a marker on its date, with its name, date and amount as printed. */
    record TimelineMark(String label, java.time.LocalDate date, String dateText, String amountText) {
        public TimelineMark {
            Preconditions.checkNotNull(label, "label");
            Preconditions.checkNotNull(date, "date");
            Preconditions.checkNotNull(amountText, "amountText");
        }
    }

    /** A labelled date on a timeline's axis, e.g. the first of a month. */
    record TimelineTick(java.time.LocalDate date, String text) {
    }

    /**
     * A timeline from {@code from} to {@code to} (both inclusive): the phases as bars, the payments as
     * markers with their amounts on a row named {@code marksLabel}, and the axis's ticks.
     * {@code description} names it for readers who cannot see it; each span and mark has its text too.
     */
    record Timeline(String description, String marksLabel, java.time.LocalDate from, java.time.LocalDate to, List<TimelineSpan> spans,
                    List<TimelineMark> marks, List<TimelineTick> ticks) implements Block {
        public Timeline {
            Preconditions.checkNotNull(description, "description");
            Preconditions.checkArgument(!to.isBefore(from), "a timeline ends on or after its start");
            spans = List.copyOf(spans);
            marks = List.copyOf(marks);
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * One step of a waterfall: the running figure before and after it (the calculator's totals)
     * and its amount as printed, signed.
     */
    record WaterfallStep(String label, BigDecimal before, BigDecimal after, String amountText) {
        public WaterfallStep {
            Preconditions.checkNotNull(label, "label");
            Preconditions.checkNotNull(before, "before");
            Preconditions.checkNotNull(after, "after");
            Preconditions.checkNotNull(amountText, "amountText");
        }
    }

    /**
     * A waterfall chart, e.g. from the previous revision's total to this one: the first and last
     * totals as full bars, each step floating from the running figure before it to the one after.
     */
    record Waterfall(String description, Bar start, List<WaterfallStep> steps, Bar end) implements Block {
        public Waterfall {
            Preconditions.checkNotNull(start, "start");
            Preconditions.checkNotNull(end, "end");
            steps = List.copyOf(steps);
        }
    }
}
