package dev.estimator.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed workbook whose package is the same bytes for the same content: every zip entry is
 * stamped with one fixed time (POI stamps them with the clock), and Zip64 records are written only
 * where an entry needs them (POI writes them on every entry by default, and readers such as Java's
 * own {@code ZipInputStream} then reject the file).
 *
 * <p>The stamping happens as POI writes the package, so each part is deflated once, straight into
 * the caller's stream. It used to be done by writing the package to a temporary file, then
 * inflating and deflating it again entry by entry: at 100,000 line items that second pass cost
 * about as much CPU time as POI's own.
 */
final class ReproducibleWorkbook extends SXSSFWorkbook {

    private final long millis;
    private final int level;
    /** Writes the sheets' flushed rows on a thread of its own (see {@link RowPipeline}). */
    private final RowPipeline rows = new RowPipeline();

    /**
     * @param window rows kept in memory per sheet before they are flushed to a temporary file
     * @param time   the time every entry carries
     * @param level  the deflate level of every entry
     */
    ReproducibleWorkbook(int window, LocalDateTime time, int level) {
        // Sheets stream to plain temporary files: gzipping them would compress every row twice.
        super(null, window, false, false);
        this.millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.level = level;
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    /** A small workbook for warming up POI, at the default level. */
    static ReproducibleWorkbook scratch(int window) {
        return new ReproducibleWorkbook(window, LocalDateTime.of(2000, 1, 1, 0, 0), Deflater.DEFAULT_COMPRESSION);
    }

    /** Sheets stream through {@link SheetXmlWriter}: the same XML as POI's writer, written faster. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter(rows);
    }

    /** Lets the rows handed over be written, then closes the sheets' files. */
    @Override
    public void close() throws IOException {
        rows.close();
        super.close();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                // In milliseconds: commons-compress keeps its own time field and ignores setTimeLocal.
                // It writes the DOS time in the default zone, so the file shows the time itself.
                entry.setTime(millis);
                super.putArchiveEntry(entry);
            }
        };
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(level);
        return zip;
    }
}
