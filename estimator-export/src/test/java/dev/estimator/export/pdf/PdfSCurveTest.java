package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The S-curve in every sample's PDF, read back with PDFBox: on one page, its axes titled, the
 * calculator's P10, P50 and P90 under the price axis, and the legend naming the quoted price and
 * the budget figure with the calculator's figures and chances, followed by how to read it.
 */
class PdfSCurveTest {

    static List<Path> samples() {
        return Estimates.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theCurveShowsTheCalculatorsFigures(Path sample) throws IOException {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        ExportRequest request = ExportRequest.of(estimate, Audience.CLIENT);
        SimulationResult simulation = request.totals().simulation();
        Phrasing p = Phrasing.of(request.estimate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(request, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String chart = chartText(document, p);
            for (int level : new int[] {10, 50, 90}) {
                assertTrue(chart.contains(squeezed(p.amount(simulation.percentile(level).total()))),
                        sample.getFileName() + ": P" + level + " labels the price axis");
            }
            assertTrue(chart.contains(squeezed(p.text("simulation.curveMark", p.text("simulation.curveQuoted"),
                    p.amount(simulation.quotedTotal()), p.share(simulation.quotedConfidence())))),
                    sample.getFileName() + ": the quoted price with its chance");
            assertTrue(chart.contains(squeezed(p.text("simulation.curveMark", p.text("simulation.curveBudget"),
                    p.amount(simulation.budget().total()), p.percent(BigDecimal.valueOf(simulation.budget().percent()))))),
                    sample.getFileName() + ": the budget figure with its chance");
            assertTrue(chart.contains(squeezed(p.text("simulation.curveValueAxis"))), "the price axis is titled");
            assertEquals(simulation.percentile(simulation.budget().percent()).total(), simulation.budget().total(),
                    "the budget figure lies on the curve");
        }
    }

    /** The text from the chart's chance-axis title to the caption under it, on the page that has both. */
    private static String chartText(PDDocument document, Phrasing p) throws IOException {
        String start = squeezed(p.text("simulation.curveChanceAxis"));
        String end = squeezed(p.text("simulation.curveHowTo"));
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = squeezed(stripper.getText(document));
            int from = text.indexOf(start);
            if (from >= 0) {
                int to = text.indexOf(end, from);
                assertTrue(to > from, "the caption follows the chart on its page");
                return text.substring(from, to);
            }
        }
        throw new AssertionError("no S-curve in the PDF");
    }

    private static String squeezed(String text) {
        return PdfReadBack.squeezed(text);
    }
}
