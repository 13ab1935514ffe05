package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.RandomEstimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.format.MoneyFormat;
import dev.estimator.export.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid estimates through both exporters (issue 14's proof): the workbook's stored
 * values, and POI's own evaluation of its formulas, equal the calculator on every named figure;
 * the PDF, read back with PDFBox, holds the key figures. A bounded sample keeps it to seconds;
 * a few more are recalculated by LibreOffice through {@link WorkbookFixtures#randomSample()}.
 */
class ExportPropertiesTest {

    static Stream<RandomEstimates.Sample> estimates() {
        return RandomEstimates.valid(2_500_000L, 24);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void theWorkbookAndThePdfShowTheCalculatorsFigures(RandomEstimates.Sample sample) throws IOException {
        Estimate estimate = sample.estimate().redactedFor(Audience.CLIENT);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        int scale = totals.rounding().scale();
        var expected = WorkbookFiles.expectedFigures(estimate, totals);
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            WorkbookExporterTest.assertFigures(workbook, expected, scale, sample + " stored values");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            WorkbookExporterTest.assertFigures(workbook, expected, scale, sample + " evaluated by POI");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(estimate, Audience.CLIENT), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        List<BigDecimal> key = new ArrayList<>(List.of(totals.grandTotal(), totals.net(), totals.subtotal()));
        totals.milestones().forEach(m -> key.add(m.amount()));
        List<Executable> checks = new ArrayList<>();
        for (BigDecimal figure : key) {
            String shown = money.format(figure).replace('\u00a0', ' ').replace('\u202f', ' ');
            checks.add(() -> assertTrue(text.contains(shown), () -> sample + ": the PDF shows " + shown));
        }
        assertAll(checks);
    }
}
