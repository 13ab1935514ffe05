package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.RateCard;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a reader sees: the quantity shown times the rate shown is the amount shown. */
class WorkbookDisplayTest {

    @Test
    void finerQuantitiesAndUnitPricesAreShownWithAllTheirDecimals() throws Exception {
        Estimate estimate = WorkbookFixtures.valid(Estimates.withItems("EUR", RateCard.empty(),
                Estimates.priced("P1", "3.333", "19.995")));
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            List<String> shown = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : workbook.getSheetAt(1)) {
                for (Cell cell : row) {
                    shown.add(formatter.formatCellValue(cell, evaluator).replace('\u00a0', ' '));
                }
            }
            assertTrue(shown.contains("3.333"), shown.toString());
            assertTrue(shown.stream().anyMatch(text -> text.contains("19.995")), shown.toString());
            assertTrue(shown.stream().anyMatch(text -> text.contains("66.64")), shown.toString());   // 66.643335
        }
    }
}
