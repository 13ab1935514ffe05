package dev.estimator.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.compare.BridgeStep;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Audience;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.export.DocumentReadBack;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.NegotiationSamples;
import dev.estimator.export.html.HtmlExporter;
import dev.estimator.export.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bridge and budget sections of every sample (with its previous revision, and a budget some
 * ways reach or none does), for both audiences: the model's waterfall runs from the previous total
 * through each step to the current one with the core's figures, and the PDF (read by PDFBox) and
 * the HTML (read by jsoup) each show every total, step, reason and way with its exact amount. The
 * client's copy shows no margin and never mentions the walk-away price; the internal copy shows the
 * margin movement.
 */
class NegotiationSectionsTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return NegotiationSamples.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFormatShowsTheBridgeAndTheWaysWithTheCoresFigures(NegotiationSamples.Case sample) throws IOException {
        for (Audience audience : Audience.values()) {
            ExportRequest request = sample.request(audience);
            Phrasing p = Phrasing.of(request.estimate());
            RevisionBridge bridge = request.bridge().orElseThrow();
            waterfallFollowsTheBridge(DocumentBuilder.build(request), bridge);
            for (String format : List.of("pdf", "html")) {
                String text = read(format, request);
                String where = audience + " " + format + ": ";
                assertTrue(text.contains(flat(p.amount(bridge.previousTotal()))), where + "previous total");
                assertTrue(text.contains(flat(p.amount(bridge.currentTotal()))), where + "current total");
                assertTrue(text.contains(flat(p.signed(bridge.difference()))), where + "difference");
                for (BridgeStep step : bridge.steps()) {
                    assertTrue(text.contains(flat(p.signed(step.amount()))), where + step.cause());
                    step.reason().ifPresent(r -> assertTrue(squeeze(text).contains(squeeze(r)), where + "reason " + r));
                }
                BudgetFit fit = request.budget().orElseThrow();
                assertTrue(text.contains(flat(p.text("budget.title", p.amount(fit.budget())))), where + "budget title");
                for (FitCandidate way : fit.anyFits() ? fit.fits() : fit.nearest()) {
                    assertTrue(text.contains(flat(p.amount(way.amount()))), where + "way at " + way.amount());
                    if (!way.fits()) {
                        assertTrue(text.contains(flat(p.text("budget.over", p.amount(way.gap())))), where + "gap");
                    }
                }
                if (audience == Audience.CLIENT) {
                    assertFalse(text.contains(p.label("walkAwayPrice")), where + "walk-away is never mentioned");
                    assertFalse(text.contains(p.text("bridge.marginChange")), where + "no margin column");
                } else {
                    var movement = bridge.costMovement().orElseThrow();
                    assertTrue(text.contains(flat(p.amount(movement.marginAfter()))), where + "margin after");
                }
            }
        }
    }

    /** The waterfall starts at the previous total, each step starts where the last ended, and it ends at the current total. */
    private static void waterfallFollowsTheBridge(Document document, RevisionBridge bridge) {
        Block.Waterfall chart = document.sections().stream().filter(s -> s.id().equals("changes"))
                .flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Block.Waterfall).map(b -> (Block.Waterfall) b)
                .findFirst().orElseThrow(() -> new AssertionError("no waterfall in the changes section"));
        assertEquals(bridge.previousTotal(), chart.start().value());
        assertEquals(bridge.currentTotal(), chart.end().value());
        assertEquals(bridge.steps().size(), chart.steps().size());
        java.math.BigDecimal running = bridge.previousTotal();
        for (Block.WaterfallStep step : chart.steps()) {
            assertEquals(0, running.compareTo(step.before()), step.label());
            running = step.after();
        }
        assertEquals(0, running.compareTo(bridge.currentTotal()), "the last step ends at the current total");
    }

    private static String read(String format, ExportRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("pdf")) {
            new PdfExporter().write(request, out);
        } else {
            new HtmlExporter().write(request, out);
        }
        return DocumentReadBack.of(format, out.toByteArray()).text();
    }

    private static String flat(String text) {
        return DocumentReadBack.plain(text);
    }

    /** Without any white space: a PDF wraps long reasons (Japanese between any two characters). */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
