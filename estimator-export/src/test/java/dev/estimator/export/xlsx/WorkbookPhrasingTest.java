package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Risk;
import dev.estimator.export.document.Phrasing;
import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook words an alternative's changes, percentages and fine rates as every other format
 * does ({@link Phrasing}): the texts read back with POI, the number formats shown by LibreOffice.
 */
class WorkbookPhrasingTest {

    @ParameterizedTest
    @MethodSource("dev.estimator.export.xlsx.WorkbookFixtures#all")
    void changesPercentagesAndSharesReadAsPhrasingWordsThem(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate().redactedFor(Audience.INTERNAL);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        Phrasing phrasing = Phrasing.of(estimate);
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.INTERNAL))) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Set<String> alternativesText = texts(workbook.getSheet(WorkbookText.forLanguage(
                    estimate.header().language()).text("sheet.alternatives")));
            for (Alternative alternative : estimate.alternatives()) {
                String changes = alternative.changes().stream().map(phrasing::change).collect(Collectors.joining("\n"));
                assertTrue(alternativesText.contains(changes), named + ": no cell reads\n" + changes
                        + "\nin " + alternativesText);
            }
            // POI's formatter misreads a quoted "%" as scaling by 100, so the formats are checked here
            // and their display in LibreOffice (below).
            String stated = WorkbookStyles.percentPattern(phrasing, "General");
            if (estimate.tax() != null) {
                assertEquals(stated, format(WorkbookExporterTest.namedCell(workbook, "Tax_Percent")), named + " tax");
            }
            for (Risk risk : estimate.risks()) {
                Cell expected = WorkbookExporterTest.namedCell(workbook, WorkbookFiles.name("Risk", risk.id(), "_ExpectedCost"));
                assertEquals(stated, format(expected.getRow().getCell(2)), named + " " + risk.id());
            }
            totals.internal().ifPresent(internal -> assertEquals(WorkbookStyles.percentPattern(phrasing, "0.00"),
                    format(WorkbookExporterTest.namedCell(workbook, "Internal_MarginPercent")), named + " margin"));
        }
    }

    @Test
    void libreOfficeShowsPercentagesAndSharesAsPhrasingWritesThem(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = WorkbookLibreOfficeTest.soffice();
        Assumptions.assumeTrue(soffice.isPresent() || "true".equals(System.getenv("CI")),
                "soffice is not on the PATH; install LibreOffice to run this check");
        List<String> command = new ArrayList<>(List.of(soffice.orElseThrow().toString(),
                "-env:UserInstallation=" + WorkbookLibreOfficeTest.profile(dir.resolve("profile")).toUri(), "--headless",
                "--norestore", "--convert-to", FORMATTED_CSV, "--outdir", dir.resolve("csv").toString()));
        List<Estimate> samples = new ArrayList<>();
        for (Path sample : Estimates.samples()) {
            Estimate estimate = EstimateFiles.load(sample).orThrow();
            Path file = dir.resolve("w" + samples.size() + ".xlsx");
            Files.write(file, WorkbookFiles.export(estimate, Audience.INTERNAL));
            command.add(file.toString());
            samples.add(estimate);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), () -> "soffice failed");
        for (int i = 0; i < samples.size(); i++) {
            Estimate estimate = samples.get(i);
            Phrasing phrasing = Phrasing.of(estimate);
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            // A spreadsheet shows decimals with its reader's separator (LibreOffice here runs in English),
            // so the comparison is in that one; everything else must be as Phrasing writes it.
            char separator = java.text.DecimalFormatSymbols.getInstance(estimate.header().effectiveLocale())
                    .getDecimalSeparator();
            java.util.function.UnaryOperator<String> viewer = text -> text.replace(separator, '.');
            try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.INTERNAL))) {
                assertEquals(viewer.apply(phrasing.percent(estimate.tax().percent())),
                        shown(dir, i, workbook, "Tax_Percent"));
                assertEquals(viewer.apply(phrasing.share(totals.internal().orElseThrow().marginPercent())),
                        shown(dir, i, workbook, "Internal_MarginPercent"));
                assertEquals(viewer.apply(phrasing.percent(estimate.internal().maxDiscountPercent())),
                        shownBeside(dir, i, workbook, "Internal_NetAtMaxDiscount", -1));
            }
        }
    }

    private static final String FORMATTED_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    /** The named cell as LibreOffice shows it (its formatted CSV of that sheet). */
    private static String shown(Path dir, int file, XSSFWorkbook workbook, String name) throws Exception {
        return shownBeside(dir, file, workbook, name, 0);
    }

    /** The cell {@code rows} below (negative: above) the named one, as LibreOffice shows it. */
    private static String shownBeside(Path dir, int file, XSSFWorkbook workbook, String name, int rows) throws Exception {
        Cell cell = WorkbookExporterTest.namedCell(workbook, name);
        Path csv = dir.resolve("csv").resolve("w" + file + "-" + cell.getSheet().getSheetName() + ".csv");
        return WorkbookLibreOfficeTest.csvCell(csv, cell.getRowIndex() + rows, cell.getColumnIndex()).replace('\u00a0', ' ');
    }

    private static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    private static Set<String> texts(Sheet sheet) {
        Set<String> out = new HashSet<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}
