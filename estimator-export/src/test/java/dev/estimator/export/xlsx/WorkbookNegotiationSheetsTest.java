package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Audience;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.NegotiationSamples;
import dev.estimator.export.document.Phrasing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Changes and Budget sheets ({@code export --previous}, {@code --budget}) are live: with every
 * cached formula result poisoned, POI's evaluator and then LibreOffice recompute this revision's
 * grand total from the previous one plus the steps, and each way's net price, grand total and gap
 * to the budget from the model, and each equals the core's figure to the cent.
 */
class WorkbookNegotiationSheetsTest {

    private static final double POISON = -987654.0;
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /** Where a figure sits (sheet, row, column) and what the core says it is. */
    private record Figure(String what, String sheet, int row, int col, BigDecimal expected) {
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return NegotiationSamples.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void poiRecomputesTheBridgeAndEveryWayToTheCent(NegotiationSamples.Case sample) throws IOException {
        for (Audience audience : Audience.values()) {
            ExportRequest request = sample.request(audience);
            try (XSSFWorkbook workbook = WorkbookFiles.read(export(request))) {
                List<Figure> figures = figures(workbook, request);
                poison(workbook);
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                int scale = request.totals().rounding().scale();
                assertAll(figures.stream().map(f -> (Executable) () -> {
                    Cell cell = workbook.getSheet(f.sheet()).getRow(f.row()).getCell(f.col());
                    assertEquals(CellType.FORMULA, cell.getCellType(), f.what() + " is a formula");
                    assertEquals(f.expected().setScale(scale), BigDecimal.valueOf(cell.getNumericCellValue())
                            .setScale(scale, RoundingMode.HALF_UP), audience + " " + f.what());
                }));
            }
        }
    }

    @Test
    void libreOfficeRecomputesTheSameFigures(@TempDir Path dir) throws Exception {
        Optional<Path> soffice = WorkbookLibreOfficeTest.soffice();
        if (soffice.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("soffice is not on the PATH; CI must install LibreOffice (libreoffice-calc-nogui)");
            }
            Assumptions.abort("soffice is not on the PATH; install LibreOffice to run this check");
        }
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + WorkbookLibreOfficeTest.profile(dir.resolve("profile")).toUri(), "--headless",
                "--norestore", "--convert-to", CSV_FILTER, "--outdir", dir.resolve("csv").toString()));
        Map<String, List<Figure>> expected = new LinkedHashMap<>();
        Map<String, Integer> scales = new LinkedHashMap<>();
        int n = 0;
        for (NegotiationSamples.Case sample : NegotiationSamples.cases()) {
            for (Audience audience : Audience.values()) {
                String file = "negotiation" + n++;
                ExportRequest request = sample.request(audience);
                try (XSSFWorkbook workbook = WorkbookFiles.read(export(request))) {
                    expected.put(file, figures(workbook, request));
                    poison(workbook);
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file + ".xlsx"))) {
                        workbook.write(out);
                    }
                }
                scales.put(file, request.totals().rounding().scale());
                command.add(dir.resolve(file + ".xlsx").toString());
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "soffice did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), "soffice failed");
        List<Executable> checks = new ArrayList<>();
        expected.forEach((file, figures) -> figures.forEach(f -> checks.add(() -> {
            Path csv = dir.resolve("csv").resolve(file + "-" + f.sheet() + ".csv");
            BigDecimal actual = new BigDecimal(WorkbookLibreOfficeTest.csvCell(csv, f.row(), f.col()));
            int scale = scales.get(file);
            assertEquals(f.expected().setScale(scale), actual.setScale(scale, RoundingMode.HALF_UP), file + " " + f.what());
        })));
        assertAll(checks);
    }

    /** The figures to check, found by their labels in the workbook as written. */
    private static List<Figure> figures(XSSFWorkbook workbook, ExportRequest request) {
        WorkbookText text = WorkbookText.forLanguage(request.estimate().header().language());
        Phrasing p = Phrasing.of(request.estimate());
        List<Figure> figures = new ArrayList<>();
        RevisionBridge bridge = request.bridge().orElseThrow();
        assertEquals(0, bridge.currentTotal().compareTo(request.totals().grandTotal()),
                "the bridge ends at the calculator's grand total");
        String changes = text.text("sheet.changes");
        figures.add(new Figure("current total", changes,
                rowOf(workbook, changes, p.text("bridge.currentTotal", bridge.currentRevision())), 1, bridge.currentTotal()));
        figures.add(new Figure("difference", changes, rowOf(workbook, changes, p.text("bridge.difference")), 1,
                bridge.difference()));
        figures.add(new Figure("workbook total", changes, rowOf(workbook, changes, text.text("label.workbookTotal")), 1,
                request.totals().grandTotal()));
        BudgetFit fit = request.budget().orElseThrow();
        String budget = text.text("sheet.budget");
        List<FitCandidate> ways = fit.anyFits() ? fit.fits() : fit.nearest();
        assertTrue(!ways.isEmpty(), "the budget sheet has ways to show");
        int total = rowOf(workbook, budget, text.label("label.grandTotal"));
        int net = rowOf(workbook, budget, text.label("label.net"));
        int gap = rowOf(workbook, budget, text.text("label.overBudget"));
        for (int k = 0; k < ways.size(); k++) {
            FitCandidate way = ways.get(k);
            figures.add(new Figure("way " + (k + 1) + " grand total", budget, total, 1 + k, way.price().total()));
            figures.add(new Figure("way " + (k + 1) + " net", budget, net, 1 + k, way.price().net()));
            figures.add(new Figure("way " + (k + 1) + " gap", budget, gap, 1 + k, way.gap()));
        }
        return figures;
    }

    private static int rowOf(XSSFWorkbook workbook, String sheetName, String label) {
        Sheet sheet = workbook.getSheet(sheetName);
        assertNotNull(sheet, "the workbook has a sheet " + sheetName);
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(sheetName + " has no row labelled " + label);
    }

    private static void poison(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cell.setCellValue(POISON);
                    }
                }
            }
        }
    }

    private static byte[] export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new WorkbookExporter().write(request, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
