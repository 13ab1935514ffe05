package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent spreadsheet engine: LibreOffice recalculates every workbook (a fresh
 * profile forces recalculation on load) and its results, exported as CSV per sheet, must equal the
 * calculator's to the cent. Before the conversion every cached formula result is overwritten with
 * a nonsense value, so a figure can only be right if LibreOffice computed it.
 */
class WorkbookLibreOfficeTest {

    private static final double POISON = -987654.0;
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /** One workbook to check: where each named figure sits, and what the calculator says it is. */
    private record Case(String file, int scale, Map<String, BigDecimal> expected, Map<String, CellReference> where) {
    }

    @Test
    void libreOfficeRecalculatesEveryFigureToTheCent(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("soffice is not on the PATH; CI must install LibreOffice (libreoffice-calc-nogui)");
            }
            Assumptions.abort("soffice is not on the PATH; install LibreOffice to run this check");
        }
        List<Case> cases = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + profile(dir.resolve("profile")).toUri(), "--headless", "--norestore",
                "--convert-to", CSV_FILTER, "--outdir", dir.resolve("csv").toString()));
        List<WorkbookFixtures.Named> estimates = WorkbookFixtures.all().toList();
        for (int i = 0; i < estimates.size(); i++) {
            for (Audience audience : i == 0 ? Audience.values() : new Audience[] {Audience.CLIENT}) {
                String file = "workbook" + i + "-" + audience.name().toLowerCase();
                cases.add(poisoned(estimates.get(i).estimate(), audience, dir.resolve(file + ".xlsx")));
                command.add(dir.resolve(file + ".xlsx").toString());
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), () -> "soffice failed: " + read(dir.resolve("soffice.log")));

        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            for (Map.Entry<String, BigDecimal> figure : c.expected().entrySet()) {
                checks.add(() -> {
                    CellReference ref = c.where().get(figure.getKey());
                    Path csv = dir.resolve("csv").resolve(c.file() + "-" + ref.getSheetName() + ".csv");
                    String value = csvCell(csv, ref.getRow(), ref.getCol());
                    int decimals = figure.getKey().endsWith("Percent") ? 2 : c.scale();
                    BigDecimal actual = new BigDecimal(value);
                    assertEquals(figure.getValue().setScale(decimals), actual.setScale(decimals, RoundingMode.HALF_UP),
                            c.file() + " " + figure.getKey());
                    assertTrue(actual.subtract(figure.getValue()).abs().compareTo(new BigDecimal("0.000001")) < 0,
                            c.file() + " " + figure.getKey() + " is " + actual);
                });
            }
        }
        assertAll(checks);
    }

    /** Writes the workbook with every cached result replaced by nonsense; notes where each figure is. */
    private static Case poisoned(Estimate estimate, Audience audience, Path file) throws IOException {
        Estimate visible = estimate.redactedFor(audience);
        EstimateTotals totals = EstimateCalculator.calculate(visible);
        Map<String, BigDecimal> expected = WorkbookFiles.expectedFigures(visible, totals);
        Map<String, CellReference> where = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, audience))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            cell.setCellValue(POISON);
                        }
                    }
                }
            }
            for (String name : expected.keySet()) {
                where.put(name, new AreaReference(workbook.getName(name).getRefersToFormula(),
                        workbook.getSpreadsheetVersion()).getFirstCell());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        String name = file.getFileName().toString();
        return new Case(name.substring(0, name.length() - ".xlsx".length()), totals.rounding().scale(), expected, where);
    }

    /** A fresh LibreOffice profile that recalculates xlsx files on load instead of trusting cached results. */
    static Path profile(Path dir) throws IOException {
        Path user = Files.createDirectories(dir.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
        return dir;
    }

    static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** One cell of a CSV file (comma-separated, double-quoted text), by zero-based row and column. */
    static String csvCell(Path csv, int row, int col) throws IOException {
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(row < rows.size() && col < rows.get(row).size(), csv.getFileName() + " has no cell " + row + "," + col);
        return rows.get(row).get(col);
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                current.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                current.add(field.toString());
                field.setLength(0);
                rows.add(current);
                current = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !current.isEmpty()) {
            current.add(field.toString());
            rows.add(current);
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
