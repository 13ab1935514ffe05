package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.format.MoneyFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a finance reader expects of the workbook beyond its figures: language, formats, printing, structure. */
class WorkbookLayoutTest {

    static java.util.stream.Stream<WorkbookFixtures.Named> estimates() {
        return WorkbookFixtures.all();
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void sheetsAreNamedInTheEstimatesLanguage(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate();
        WorkbookText text = WorkbookText.forLanguage(estimate.header().language());
        List<String> sheets = new java.util.ArrayList<>(List.of("summary", "breakdown", "assumptions", "exclusions",
                "risks", "alternatives", "payment", "rates"));
        if (dev.estimator.core.calc.EstimateCalculator.calculate(estimate).recurring().hasRecurring()) {
            sheets.add("recurring");
        }
        List<String> expected = sheets.stream().map(s -> text.text("sheet." + s)).toList();
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            assertEquals(expected, java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).toList());
            XSSFSheet breakdown = workbook.getSheet(text.text("sheet.breakdown"));
            assertEquals(text.label("label.amount"), breakdown.getRow(BreakdownLayout.HEADER_ROW).getCell(11)
                    .getStringCellValue());
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void breakdownIsFilteredFrozenOutlinedAndPrintable(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate();
        WorkbookText text = WorkbookText.forLanguage(estimate.header().language());
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            XSSFSheet sheet = workbook.getSheet(text.text("sheet.breakdown"));
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
            assertEquals(BreakdownLayout.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            long outlined = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getOutlineLevel() > 0).count();
            assertTrue(outlined >= estimate.allItems().count(), "every item row is inside its group's outline");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertTrue(sheet.getFitToPage());
            assertNotNull(sheet.getRepeatingRows());
            assertTrue(sheet.getHeader().getCenter().contains(estimate.header().title().replace("&", "&&")));
            assertTrue(sheet.getFooter().getRight().contains("&P"));
            assertTrue(sheet.getHeader().getRight().contains(String.valueOf(estimate.header().revision().number())));
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void moneyDatesAndPropertiesFollowTheEstimate(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate();
        String pattern = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale())
                .spreadsheetPattern();
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            Cell total = WorkbookExporterTest.namedCell(workbook, "Price_Total");
            assertEquals(pattern, total.getCellStyle().getDataFormatString());
            if (estimate.header().currency().getDefaultFractionDigits() == 0) {
                assertFalse(pattern.contains(".0"), "no decimals for " + estimate.header().currency());
            }
            boolean issueDateFound = false;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                            && cell.getLocalDateTimeCellValue().toLocalDate().equals(estimate.header().issueDate())) {
                        issueDateFound = true;
                    }
                }
            }
            assertTrue(issueDateFound, "the issue date is a real date cell");
            var core = workbook.getProperties().getCoreProperties();
            assertEquals(estimate.header().title(), core.getTitle());
            assertEquals(String.valueOf(estimate.header().revision().number()), core.getRevision());
            assertNotNull(core.getCreator());
            assertEquals(LocalDate.from(estimate.header().issueDate()),
                    core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            assertEquals(1, workbook.getSheetAt(0).getDrawingPatriarch().getCharts().size(), "cost by group chart");
        }
    }
}
