package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.PeriodCharge;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.KeyFigures;
import dev.estimator.export.document.Phrasing;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format states the pricing model, the one-time price, the recurring charge and the total
 * cost of ownership alike: the PDF read back with PDFBox, the HTML with jsoup, the workbook with
 * POI after its formulas are evaluated afresh. The figures are worked by hand for the two samples
 * with recurring items.
 */
class KeyFiguresEveryFormatTest {

    /**
     * English: care plan 840.00 − 5 % (42.00) = 798.00, VAT 23 % 183.54, 981.54 a month; 36 charges
     * 35,335.44; TCO 129,687.28 + 35,335.44 = 165,022.72. Japanese: 保守 180,000 (the discount is on the
     * one-time price only), tax 10 % 18,000, 198,000 a month; 24 charges 4,752,000; TCO 27,567,980 +
     * 4,752,000 = 32,319,980. (The one-time price was 27,716,480 with 30 hours of steering calls; 21 hours
     * at ¥15,000 are 135,000 less, 148,500 with the 10 % tax.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "eshop-rebuild-en.yaml, 129687.28, 981.54, 165022.72, Fixed price",
            "mobile-app-ja.yaml,    27567980,  198000, 32319980,  請負契約",
    })
    void everyFormatShowsTheSamePricingModelOneTimePriceRecurringChargeAndTco(String sample, String oneTime,
                                                                             String monthly, String tco,
                                                                             String model) throws Exception {
        Estimate estimate = EstimateFiles.load(Estimates.repositoryRoot().resolve("samples").resolve(sample)).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate.redactedFor(Audience.CLIENT));
        PeriodCharge month = totals.recurring().perPeriod().getFirst();
        assertEquals(List.of(new BigDecimal(oneTime), new BigDecimal(monthly), new BigDecimal(tco)),
                List.of(totals.grandTotal(), month.total(), totals.totalCostOfOwnership()));

        Phrasing p = Phrasing.of(estimate);
        String pricing = KeyFigures.pricingModel(p, totals).orElseThrow();
        assertTrue(pricing.startsWith(model), pricing);
        String recurring = KeyFigures.recurring(p, estimate, totals).orElseThrow();
        for (String figure : List.of(p.amount(totals.grandTotal()), p.amount(month.total()),
                p.amount(totals.totalCostOfOwnership()))) {
            assertTrue(DocumentReadBack.plain(recurring).contains(DocumentReadBack.plain(figure)), recurring);
        }
        for (String format : List.of("pdf", "html", "xlsx")) {
            DocumentReadBack document = DocumentReadBack.of(format,
                    ExporterContractTest.export(format, estimate, Audience.CLIENT));
            String text = squeezed(document.text());
            assertTrue(text.contains(squeezed(pricing)), format + " shows the pricing model: " + pricing);
            assertTrue(text.contains(squeezed(recurring)), format + " shows the one-time price, what recurs and the TCO: "
                    + recurring);
        }
        // The workbook's own figures, computed by its formulas rather than taken from the cache.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                ExporterContractTest.export("xlsx", estimate, Audience.CLIENT)))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            int scale = totals.rounding().scale();
            assertEquals(new BigDecimal(oneTime), named(workbook, evaluator, "Price_Total", scale));
            assertEquals(new BigDecimal(monthly), named(workbook, evaluator, "Recurring_Month", scale));
            assertEquals(new BigDecimal(tco), named(workbook, evaluator, "Recurring_TCO", scale));
        }
    }

    private static BigDecimal named(XSSFWorkbook workbook, FormulaEvaluator evaluator, String name, int scale) {
        CellReference ref = new AreaReference(workbook.getName(name).getRefersToFormula(),
                workbook.getSpreadsheetVersion()).getFirstCell();
        Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Text without line breaks and runs of spaces, as a wrapped line reads back from a page. */
    private static String squeezed(String text) {
        return DocumentReadBack.plain(text).replaceAll("\\s+", "");
    }
}
