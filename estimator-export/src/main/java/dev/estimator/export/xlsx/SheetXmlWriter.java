package dev.estimator.export.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streamed sheet writer with its common cells written faster, byte for byte as POI writes
 * them: at 100,000 line items POI's row writer was a third of the workbook's time, most of it
 * spent per character (a code-point iterator and a synchronised, growing {@code BufferedWriter}
 * over a charset encoder) and in formatting each cell's reference afresh.
 *
 * <p>Text is encoded to UTF-8 into one buffer here, escaped in runs (only the characters POI
 * escapes or replaces are looked at one by one), and the column letters are made once per column.
 * Numbers, plain text, blanks and formulas with a numeric result are written here; any other cell
 * goes to POI's own code, which writes the same markup.
 */
final class SheetXmlWriter extends SheetDataWriter {

    /** Rows handed to the pipeline at a time. */
    private static final int BATCH = 64;

    private final Utf8Writer out;
    private String rowNumber = "1";
    private String[] columns = new String[32];
    /** Where the rows' XML is written, or null to write it on the caller's thread. */
    private final RowPipeline pipeline;
    private int[] batchNumbers = new int[BATCH];
    private SXSSFRow[] batchRows = new SXSSFRow[BATCH];
    private int batched;
    /** The last row number handed over, as POI's writer counts it once written (-1 before any). */
    private int lastHandedOver;

    /** A writer that writes each row as it is flushed. */
    SheetXmlWriter() throws IOException {
        this(null);
    }

    /** A writer whose rows are written on {@code pipeline}'s thread (when not null). */
    SheetXmlWriter(RowPipeline pipeline) throws IOException {
        super();
        this.out = (Utf8Writer) _out;
        this.pipeline = pipeline;
        this.lastHandedOver = super.getLastFlushedRow();
    }

    /** The temporary file the rows go to. */
    File file() {
        return getTempFile();
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        if (pipeline == null || pipeline.closed()) {
            writeNow(rownum, row);
            return;
        }
        batchNumbers[batched] = rownum;
        batchRows[batched++] = row;
        lastHandedOver = Math.max(lastHandedOver, rownum);
        if (batched == BATCH) {
            handOver();
        }
    }

    private void writeNow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    private void handOver() throws IOException {
        int[] numbers = batchNumbers;
        SXSSFRow[] rows = batchRows;
        int count = batched;
        batchNumbers = new int[BATCH];
        batchRows = new SXSSFRow[BATCH];
        batched = 0;
        pipeline.submit(() -> {
            for (int i = 0; i < count; i++) {
                writeNow(numbers[i], rows[i]);
            }
        });
    }

    /** Waits until every row handed over is written: POI then reads the counts, the file or closes it. */
    private void drain() throws IOException {
        if (pipeline == null) {
            return;
        }
        if (pipeline.closed()) {
            for (int i = 0; i < batched; i++) {
                writeNow(batchNumbers[i], batchRows[i]);
            }
            batched = 0;
            return;
        }
        if (batched > 0) {
            handOver();
        }
        pipeline.await();
    }

    private void drainUnchecked() {
        try {
            drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answered without waiting: POI asks it for every row it creates. */
    @Override
    public int getLastFlushedRow() {
        return pipeline == null ? super.getLastFlushedRow() : lastHandedOver;
    }

    @Override
    public int getNumberOfFlushedRows() {
        drainUnchecked();
        return super.getNumberOfFlushedRows();
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        drainUnchecked();
        return super.getLowestIndexOfFlushedRows();
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        drainUnchecked();
        return super.getNumberOfCellsOfLastFlushedRow();
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        drain();
        return super.getWorksheetXMLInputStream();
    }

    @Override
    public void close() throws IOException {
        drain();
        super.close();
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        boolean numericFormula = type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
        if (type != CellType.BLANK && type != CellType.NUMERIC && type != CellType.STRING && !numericFormula) {
            super.writeCell(columnIndex, cell);
            return;
        }
        out.write("<c r=\"");
        out.write(column(columnIndex));
        out.write(rowNumber);
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style));
            out.write('"');
        }
        switch (type) {
            case BLANK -> out.write('>');
            case NUMERIC -> {
                out.write(" t=\"n\"><v>");
                out.write(Double.toString(cell.getNumericCellValue()));
                out.write("</v>");
            }
            case STRING -> {
                String value = cell.getStringCellValue();
                out.write(" t=\"inlineStr\"><is><t");
                // POI's rule for keeping the spaces at either end
                if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)))) {
                    out.write(" xml:space=\"preserve\"");
                }
                out.write('>');
                outputEscapedString(value);
                out.write("</t></is>");
            }
            default -> {
                out.write(" t=\"n\"><f>");
                outputEscapedString(cell.getCellFormula());
                out.write("</f>");
                double value = cell.getNumericCellValue();
                if (!Double.isNaN(value)) {
                    out.write("<v>");
                    out.write(Double.toString(value));
                    out.write("</v>");
                }
            }
        }
        out.write("</c>");
    }

    private String column(int index) {
        if (index >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
        }
        String letters = columns[index];
        if (letters == null) {
            letters = CellReference.convertNumToColString(index);
            columns[index] = letters;
        }
        return letters;
    }

    /**
     * As POI escapes text: the five characters below and the no-break space as references,
     * other controls and U+FFFE/U+FFFF as {@code ?} (XML cannot hold them); runs of anything else
     * are copied as they are.
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s != null) {
            out.writeEscaped(s);
        }
    }

    /** {@link #replacement} of every character below {@code ?}, the only ASCII ones POI escapes or replaces. */
    private static final String[] LOW_REPLACEMENTS = new String[0x3F];

    static {
        for (char c = 0; c < LOW_REPLACEMENTS.length; c++) {
            LOW_REPLACEMENTS[c] = replacement(c);
        }
    }

    /** What POI writes for {@code c}, or null for the character itself. */
    private static String replacement(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> c < ' ' || c >= 0xFFFE ? "?" : null;
        };
    }

    /**
     * An unsynchronised UTF-8 writer with one fixed buffer, encoding as the JDK's
     * {@code OutputStreamWriter} does (a lone surrogate becomes {@code ?}).
     */
    static final class Utf8Writer extends Writer {
        private final OutputStream sink;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        /** A high surrogate waiting for its low half, or 0. */
        private char pendingHigh;

        Utf8Writer(OutputStream sink) {
            this.sink = sink;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && pendingHigh == 0) {
                    if (used == buffer.length) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        /**
         * {@code s} escaped as {@link #outputEscapedString} says, in one pass: plain ASCII (most
         * text) goes straight into the buffer.
         */
        void writeEscaped(String s) throws IOException {
            for (int i = 0, end = s.length(); i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && (c >= 0x3F || LOW_REPLACEMENTS[c] == null) && pendingHigh == 0) {
                    if (used == buffer.length) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else if (c < 0x3F || c == 0xA0 || c >= 0xFFFE) {
                    String replacement = replacement(c);
                    if (replacement != null) {
                        write(replacement);
                    } else {
                        put(c);
                    }
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                put(chars[i]);
            }
        }

        private void put(char c) throws IOException {
            if (used > buffer.length - 4) {
                drain();
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    buffer[used++] = (byte) (0xF0 | cp >> 18);
                    buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buffer[used++] = '?';
                put(c);
                return;
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            sink.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            sink.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (used == buffer.length) {
                    drain();
                }
                buffer[used++] = '?';
            }
            try {
                drain();
            } finally {
                sink.close();
            }
        }
    }
}
