package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.PartiesSamples;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 11: the estimate number heads every sheet of the workbook, as it heads every PDF page. */
class WorkbookReferenceTest {

    @Test
    void everySheetNamesTheEstimateNumber() throws Exception {
        for (Estimate estimate : java.util.List.of(PartiesSamples.italian(), PartiesSamples.japanese())) {
            try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
                int sheets = 0;
                for (Sheet sheet : workbook) {
                    if (sheet.getRow(1) == null || sheet.getRow(1).getCell(0) == null) {
                        continue;   // a sheet without the title rows (a hidden helper)
                    }
                    sheets++;
                    String identity = sheet.getRow(1).getCell(0).getStringCellValue();
                    assertTrue(identity.contains(estimate.header().reference()), sheet.getSheetName() + ": " + identity);
                }
                assertTrue(sheets >= 4, "only " + sheets + " sheets");
            }
        }
    }
}
