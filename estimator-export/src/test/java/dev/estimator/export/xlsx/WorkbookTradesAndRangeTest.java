package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One "80 %" figure, and every discount's trade where the discount is shown. With a simulation the
 * workbook gives its percentiles only (the Summary's range line is the simulation's budget, and no
 * three-point P80 exists), as the PDF does; without one, the three-point P80. Each discount that
 * states what was received for it (or why it is unconditional) carries the sentence the PDF
 * prints, in the cell beside its rate on the Summary.
 */
class WorkbookTradesAndRangeTest {

    static Stream<Arguments> cases() {
        return WorkbookFixtures.all().flatMap(named -> Stream.of(Audience.CLIENT, Audience.INTERNAL)
                .map(audience -> Arguments.of(named, audience)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void oneConfidenceFigure(WorkbookFixtures.Named named, Audience audience) throws IOException {
        ExportRequest request = ExportRequest.of(named.estimate(), audience);
        EstimateTotals totals = request.totals();
        boolean simulated = SimulationTable.ran(totals.simulation());
        try (XSSFWorkbook workbook = WorkbookFiles.read(write(request))) {
            assertEquals(!simulated, workbook.getName("Range_P80") != null, "three-point P80 named");
            assertEquals(!simulated, workbook.getName("Range_Z80") != null, "z for the three-point P80 named");
            List<String> formulas = new ArrayList<>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    formulas.add(cell.getCellFormula());
                }
            })));
            if (simulated) {
                assertFalse(formulas.stream().anyMatch(f -> f.contains("Range_P80")), "a cell shows the three-point P80");
                Cell budget = formulaCell(workbook.getSheetAt(0), "Simulation_Budget");
                assertNotNull(budget, "the Summary's range shows the simulation's budget");
                double evaluated = workbook.getCreationHelper().createFormulaEvaluator().evaluate(budget).getNumberValue();
                assertEquals(totals.simulation().budget().total(), WorkbookFiles.atScale(evaluated,
                        totals.simulation().budget().total().scale()));
            } else {
                assertNull(workbook.getName("Simulation_Budget"));
                assertNotNull(formulaCell(workbook.getSheetAt(0), "Range_P80"), "the Summary shows the three-point P80");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyDiscountShowsItsTradeOnItsRow(WorkbookFixtures.Named named, Audience audience) throws IOException {
        ExportRequest request = ExportRequest.of(named.estimate(), audience);
        assertTradesShown(request);
    }

    /** The English sample trades a discount for a case study: the check above is not vacuous. */
    @Test
    void theEnglishSampleShowsItsTradeToBothAudiences() throws IOException {
        Estimate sample = Estimates.samples().stream().filter(p -> p.getFileName().toString().equals("eshop-rebuild-en.yaml"))
                .map(p -> EstimateFiles.load(p).orThrow()).findFirst().orElseThrow();
        for (Audience audience : Audience.values()) {
            assertTrue(assertTradesShown(ExportRequest.of(sample, audience)) > 0, audience.toString());
        }
    }

    /** Checks each stated trade; returns how many there were. */
    private static int assertTradesShown(ExportRequest request) throws IOException {
        Phrasing p = Phrasing.of(request.estimate());
        int trades = 0;
        try (XSSFWorkbook workbook = WorkbookFiles.read(write(request))) {
            Sheet summary = workbook.getSheetAt(0);
            for (Adjustment adjustment : request.estimate().adjustments()) {
                String expected = expectedTrade(p, adjustment);
                if (expected == null) {
                    continue;
                }
                trades++;
                XSSFName rate = workbook.getName(WorkbookFiles.name("Adjustment", adjustment.id(), ""));
                assertNotNull(rate, adjustment.id());
                CellReference at = new AreaReference(rate.getRefersToFormula(),
                        workbook.getSpreadsheetVersion()).getFirstCell();
                Row row = summary.getRow(at.getRow());
                boolean shown = false;
                for (Cell cell : row) {
                    shown |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(expected);
                }
                assertTrue(shown, "trade of " + adjustment.id() + " on its row: " + expected);
            }
        }
        return trades;
    }

    /** The trade sentence from the document's own phrases, worked from the model. */
    private static String expectedTrade(Phrasing p, Adjustment adjustment) {
        if (adjustment.kind() != AdjustmentKind.DISCOUNT) {
            return null;
        }
        String size = adjustment.percent() != null ? p.percent(adjustment.percent()) : p.amount(adjustment.amount());
        if (adjustment.inExchangeFor() != null && !adjustment.inExchangeFor().isBlank()) {
            return p.text("trade.exchange", size, adjustment.inExchangeFor());
        }
        if (adjustment.unconditional() != null && !adjustment.unconditional().isBlank()) {
            return p.text("trade.unconditional", size, adjustment.unconditional());
        }
        return null;
    }

    private static Cell formulaCell(Sheet sheet, String formula) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().equals(formula)) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static byte[] write(ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(request, out);
        return out.toByteArray();
    }
}
