package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.Percentile;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TornadoBar;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.CorrelationPhrases;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's workbook, read back with POI, carries the simulation's results as values (not
 * formulas a reader might think recalculate) equal to the calculator's to the cent: the S-curve,
 * the budget figure, the chance the quoted price suffices and the tornado; and it says where they
 * come from, the seed, the trials and the correlation assumed.
 */
class WorkbookSimulationTest {

    static List<Path> samples() {
        return Estimates.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSimulationsFiguresAreValuesWithTheirOrigin(Path sample) throws IOException {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        SimulationResult simulation = ExportRequest.of(estimate, Audience.CLIENT).totals().simulation();
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            for (Percentile level : simulation.percentiles()) {
                assertValue(workbook, "Simulation_P" + level.percent(), level.total());
            }
            assertValue(workbook, "Simulation_Budget", simulation.budget().total());
            assertValue(workbook, "Simulation_QuotedChance", simulation.quotedConfidence());
            assertTornado(workbook, simulation.tornado());
            Cell budget = WorkbookExporterTest.namedCell(workbook, "Simulation_Budget");
            String sheet = text(budget.getSheet());
            Phrasing p = Phrasing.of(estimate);
            WorkbookText words = WorkbookText.forLanguage(estimate.header().language());
            assertTrue(sheet.contains(words.text("note.simulation")), sample.getFileName() + ": says the values are simulated");
            assertTrue(sheet.contains(String.valueOf(simulation.seed())), "the seed");
            assertTrue(sheet.contains(CorrelationPhrases.assumed(estimate, p, simulation)), "the correlation assumed");
            assertTrue(sheet.contains(words.text("label.simulationMethodText")), "the method");
        }
    }

    /**
     * An estimate with more uncertain inputs than the tornado names: every bar keeps its row, in
     * order, but only the largest {@value SimulationTable#NAMED_BARS} swings get a named cell, and
     * a note under the table says so.
     */
    @Test
    void onlyTheLargestSwingsAreNamed() throws IOException {
        Estimate estimate = WorkbookBenchmark.generate(240);
        List<TornadoBar> bars = ExportRequest.of(estimate, Audience.CLIENT).totals().simulation().tornado();
        assertTrue(bars.size() > SimulationTable.NAMED_BARS + 10, "enough bars to leave some unnamed: " + bars.size());
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            assertTornado(workbook, bars);
            long named = workbook.getAllNames().stream().filter(n -> n.getNameName().startsWith("Tornado_")).count();
            assertEquals(SimulationTable.NAMED_BARS, named);
            Cell first = WorkbookExporterTest.namedCell(workbook, "Tornado_" + bars.getFirst().inputId() + "_Swing");
            Row below = first.getSheet().getRow(first.getRowIndex() + bars.size());
            Phrasing p = Phrasing.of(estimate);
            String note = WorkbookText.forLanguage(estimate.header().language()).text("note.tornadoNames",
                    p.number(BigDecimal.valueOf(SimulationTable.NAMED_BARS)),
                    p.number(BigDecimal.valueOf(bars.size() - SimulationTable.NAMED_BARS)));
            assertEquals(note, below.getCell(0).getStringCellValue());
            assertTrue(note.contains(String.valueOf(bars.size() - SimulationTable.NAMED_BARS)), note);
        }
    }

    /**
     * Each bar on its own row below the first, largest swing first, to the cent; the first
     * {@value SimulationTable#NAMED_BARS} named, the others not.
     */
    private static void assertTornado(XSSFWorkbook workbook, List<TornadoBar> bars) {
        if (bars.isEmpty()) {
            return;
        }
        Cell first = WorkbookExporterTest.namedCell(workbook, "Tornado_" + bars.getFirst().inputId() + "_Swing");
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar bar = bars.get(i);
            Row row = first.getSheet().getRow(first.getRowIndex() + i);
            String name = "Tornado_" + bar.inputId() + "_Swing";
            if (i < SimulationTable.NAMED_BARS) {
                assertEquals(row.getCell(4), assertValue(workbook, name, bar.swing()), name + " on its bar's row");
            } else {
                assertNull(workbook.getName(name), name + " is not named");
            }
            assertEquals(bar.inputId(), row.getCell(0).getStringCellValue());
            assertEquals(bar.low(), money(row.getCell(2), bar.low().scale()));
            assertEquals(bar.high(), money(row.getCell(3), bar.high().scale()));
            assertEquals(bar.swing(), money(row.getCell(4), bar.swing().scale()));
        }
    }

    private static Cell assertValue(XSSFWorkbook workbook, String name, BigDecimal expected) {
        Cell cell = WorkbookExporterTest.namedCell(workbook, name);
        assertEquals(CellType.NUMERIC, cell.getCellType(), name + " is a value, not a formula");
        assertEquals(expected, WorkbookFiles.atScale(cell.getNumericCellValue(), expected.scale()), name);
        return cell;
    }

    private static BigDecimal money(Cell cell, int scale) {
        return WorkbookFiles.atScale(cell.getNumericCellValue(), scale);
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                out.append(formatter.formatCellValue(cell)).append('\n');
            }
        }
        return out.toString();
    }
}
