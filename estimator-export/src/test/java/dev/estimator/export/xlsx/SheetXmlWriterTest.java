package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/**
 * {@link SheetXmlWriter} must write exactly the bytes POI's own {@link SheetDataWriter} writes, for
 * every kind of cell and every awkward character: the workbook's bytes, and so the
 * reproducibility of exports made before it, stay the same.
 */
class SheetXmlWriterTest {

    /** Characters POI escapes, replaces or encodes on more than one byte, and surrogates alone and in pairs. */
    private static final char[] ALPHABET = {'a', 'Z', '7', ' ', '<', '>', '&', '"', '\'', '=', '\n', '\r', '\t',
            '\u00A0', '\u0000', '\u0001', '\u001F', '\u007F', '\u0080', '\u00E9', '\u07FF', '\u0800', '\u65E5',
            '\uFFFD', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\u2026', '?'};

    @Test
    void writesTheSameBytesAsPoiForRandomRows() throws IOException {
        Random random = new Random(20261207);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false)) {
            SXSSFSheet sheet = workbook.createSheet("cells");
            CellStyle[] styles = {null, workbook.createCellStyle(), workbook.createCellStyle()};
            PoiWriter poiWriter = new PoiWriter();
            SheetXmlWriter ourWriter = new SheetXmlWriter();
            RowPipeline pipeline = new RowPipeline();
            SheetXmlWriter pipedWriter = new SheetXmlWriter(pipeline);
            Written poi = new Written(poiWriter, poiWriter.file());
            Written ours = new Written(ourWriter, ourWriter.file());
            Written piped = new Written(pipedWriter, pipedWriter.file());
            for (int r = 0; r < 3000; r++) {
                int rowNumber = r * (1 + random.nextInt(3));
                SXSSFRow row = sheet.createRow(rowNumber);
                if (random.nextInt(5) == 0) {
                    row.setHeightInPoints(13f * (1 + random.nextInt(4)) + 3);
                }
                for (int c = 0; c < 40; c++) {
                    if (random.nextInt(4) == 0) {
                        continue;   // a gap in the row
                    }
                    fill(row.createCell(c), random, styles[random.nextInt(styles.length)]);
                }
                poi.writer.writeRow(rowNumber, row);
                ours.writer.writeRow(rowNumber, row);
                piped.writer.writeRow(rowNumber, row);
                // POI checks this for every row it creates; the piped writer answers before writing
                assertEquals(poi.writer.getLastFlushedRow(), piped.writer.getLastFlushedRow());
            }
            assertEquals(poi.writer.getNumberOfFlushedRows(), piped.writer.getNumberOfFlushedRows());
            assertEquals(poi.writer.getLowestIndexOfFlushedRows(), piped.writer.getLowestIndexOfFlushedRows());
            byte[] expected = poi.bytes();
            byte[] actual = ours.bytes();
            assertTrue(expected.length > 1_000_000, "the rows exercised the writer");
            String text = new String(expected, StandardCharsets.UTF_8);
            assertTrue(text.contains("&lt;") && text.contains("&#xa;") && text.contains("xml:space=\"preserve\"")
                    && text.contains("<f>") && text.contains("t=\"b\""), "every kind of cell and escape occurred");
            assertArrayEquals(expected, actual);
            assertArrayEquals(expected, piped.bytes(), "written on the pipeline's thread");
            pipeline.close();
        }
    }

    private static void fill(Cell cell, Random random, CellStyle style) {
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> cell.setCellValue(text(random));
            case 3 -> cell.setCellValue(random.nextInt(5) == 0 ? random.nextInt(1000) : random.nextDouble() * 1e9);
            case 4 -> {
                cell.setCellFormula("ROUND(A1*B" + (1 + random.nextInt(99)) + ",2)");
                if (random.nextBoolean()) {
                    cell.setCellValue(random.nextDouble() * 1e6);
                }
            }
            case 5 -> cell.setCellValue(random.nextBoolean());
            case 6 -> cell.setCellValue(" " + text(random) + (random.nextBoolean() ? " " : ""));
            default -> {
                // blank: a style only
            }
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 30);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    /** POI's writer, with its temporary file in reach for deleting. */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter() throws IOException {
            super();
        }

        File file() {
            return getTempFile();
        }
    }

    /** A writer and the temporary file it writes to. */
    private record Written(SheetDataWriter writer, File file) {
        byte[] bytes() throws IOException {
            writer.close();
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                return in.readAllBytes();
            } finally {
                file.delete();
            }
        }
    }
}
