package dev.estimator.bench;

import dev.estimator.export.ExportRequest;
import dev.estimator.export.xlsx.WorkbookExporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our workbook against plain POI SXSSF writing the same cells: the same sheets, the same strings,
 * numbers and formulas with their cached results (read back from our workbook), set up as ours is
 * (window, temporary files, Zip64), without styles, names, chart, print setup or reproducible
 * packaging, which is what our exporter adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Three forks, many short iterations: on a shared, loaded machine one fork's mean says little.
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m",
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class WorkbookWriters {

    @Param({"1000"})
    public int items;

    private ExportRequest request;
    private List<SheetCells> sheets;

    /** One cell as our workbook has it: a formula, a number or a text. */
    private record CellValue(int row, int column, String formula, double number, String text) {
    }

    private record SheetCells(String name, List<CellValue> cells) {
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        request = BenchEstimates.request(items);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        new WorkbookExporter().write(request, ours);
        sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ours.toByteArray()))) {
            for (Sheet sheet : workbook) {
                List<CellValue> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        switch (cell.getCellType()) {
                            // with its cached result, as ours stores it
                            case FORMULA -> cells.add(new CellValue(row.getRowNum(), cell.getColumnIndex(),
                                    cell.getCellFormula(), cell.getCachedFormulaResultType() == CellType.NUMERIC
                                    ? cell.getNumericCellValue() : Double.NaN, null));
                            case NUMERIC -> cells.add(new CellValue(row.getRowNum(), cell.getColumnIndex(), null,
                                    cell.getNumericCellValue(), null));
                            case STRING -> cells.add(new CellValue(row.getRowNum(), cell.getColumnIndex(), null, 0,
                                    cell.getStringCellValue()));
                            default -> { }
                        }
                    }
                }
                sheets.add(new SheetCells(sheet.getSheetName(), cells));
            }
        }
    }

    @Benchmark
    public long estimatorWorkbook() throws IOException {
        CountingStream out = new CountingStream();
        new WorkbookExporter().write(request, out);
        return out.count();
    }

    @Benchmark
    public long plainPoiSameCells() throws IOException {
        CountingStream out = new CountingStream();
        // As ours is set up: 200 rows in memory, plain (not gzipped) temporary files, Zip64 only where needed.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, false)) {
            workbook.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.AsNeeded);
            for (SheetCells sheetCells : sheets) {
                Sheet sheet = workbook.createSheet(sheetCells.name());
                Row row = null;
                for (CellValue value : sheetCells.cells()) {
                    if (row == null || row.getRowNum() != value.row()) {
                        row = sheet.createRow(value.row());
                    }
                    Cell cell = row.createCell(value.column());
                    if (value.formula() != null) {
                        cell.setCellFormula(value.formula());
                        if (!Double.isNaN(value.number())) {
                            cell.setCellValue(value.number());
                        }
                    } else if (value.text() != null) {
                        cell.setCellValue(value.text());
                    } else {
                        cell.setCellValue(value.number());
                    }
                }
            }
            workbook.write(out);
        }
        return out.count();
    }

    /** Counts the bytes written, so the benchmark's result depends on the whole document. */
    static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }

        long count() {
            return count;
        }
    }
}
