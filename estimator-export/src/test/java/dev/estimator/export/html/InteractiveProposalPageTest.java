package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estimator.core.acceptance.ContentHash;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interactive page read back with jsoup, without a browser: its one script is allowed by its
 * hash and nothing else is, the embedded figures are the calculator's, and nothing internal is
 * in the bytes.
 */
class InteractiveProposalPageTest {

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    static byte[] interactive(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlExporter(true).write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theOnlyScriptIsAllowedByItsHashAndLoadsNothing(Path sample) throws NoSuchAlgorithmException {
        Document page = HtmlSamples.parse(interactive(ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT)));
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        Elements scripts = page.select("script");
        assertEquals(2, scripts.size());
        assertEquals("application/json", scripts.get(0).attr("type"));
        Element code = scripts.get(1);
        assertFalse(code.hasAttr("src"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(code.data().getBytes(StandardCharsets.UTF_8)));
        assertEquals(HtmlRenderer.CONTENT_SECURITY_POLICY + "; script-src 'sha256-" + hash + "'", policy);
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertTrue(page.select("[src], link, iframe, object, embed, [href^=http]").isEmpty(), "something loads");
        assertFalse(code.data().contains("fetch(") || code.data().contains("XMLHttpRequest"), "the script connects");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theStaticPageHasNoScriptAtAll(Path sample) {
        Document page = HtmlSamples.parse(HtmlSamples.export(HtmlSamples.load(sample), Audience.CLIENT));
        assertTrue(page.select("script").isEmpty());
        assertEquals(HtmlRenderer.CONTENT_SECURITY_POLICY,
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theEmbeddedFiguresAreTheCalculators(Path sample) throws IOException {
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        Document page = HtmlSamples.parse(interactive(request));
        JsonNode data = new ObjectMapper().readTree(page.selectFirst("script#proposal-data").data());
        EstimateTotals totals = request.totals();
        List<EstimateTotals> variants = new ArrayList<>(List.of(totals));
        totals.alternatives().stream().map(AlternativeTotals::totals).forEach(variants::add);
        assertEquals(variants.size(), data.get("variants").size());
        for (int v = 0; v < variants.size(); v++) {
            BigInteger subtotal = BigInteger.ZERO;
            for (JsonNode item : data.get("variants").get(v).get("items")) {
                subtotal = subtotal.add(new BigInteger(item.get("minor").asText()));
            }
            assertEquals(minor(variants.get(v).subtotal()), subtotal, "variant " + v);
        }
        assertEquals(request.estimate().milestones().size(), data.get("milestones").size());
        assertEquals(ContentHash.fingerprint(request.estimate()), data.get("fingerprint").asText());
        assertEquals(request.estimate().header().revision().number(), data.get("revision").asInt());
    }

    /** Beside the revision and fingerprint, the panel names the reference and the parties as the cover does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theRevisionLineNamesTheReferenceAndTheParties(Path sample) {
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        Estimate estimate = request.estimate();
        String line = HtmlSamples.flat(HtmlSamples.parse(interactive(request)).getElementById("proposal-revision").text());
        dev.estimator.export.document.Phrasing p = dev.estimator.export.document.Phrasing.of(estimate);
        assertTrue(line.contains(HtmlSamples.flat(p.label("reference"))), line);
        assertTrue(line.contains(estimate.header().reference().strip()), line);
        assertTrue(line.contains(HtmlSamples.flat(estimate.header().client().name())), line);
        assertTrue(line.contains(HtmlSamples.flat(estimate.header().provider().name())), line);
        assertTrue(line.endsWith(HtmlSamples.flat(dev.estimator.export.document.ProposalTexts.of(estimate)
                .revision(ContentHash.fingerprint(estimate)))), line);
    }

    /** The internal canaries of {@link HtmlLeakTest}, in any spelling and in minor units, are not in the page. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theInteractiveClientPageHoldsNoInternalValue(Path sample) throws IOException {
        Estimate estimate = HtmlLeakTest.canary(sample);
        byte[] html = interactive(ExportRequest.of(estimate, Audience.CLIENT));
        String searchable = HtmlLeakTest.searchable(html);
        assertTrue(searchable.contains("proposal-data") && searchable.contains("\"minor\""), "the search sees the figures");
        List<String> spellings = new ArrayList<>(HtmlLeakTest.spellings(estimate));
        for (String minor : List.of("98765432", "87654321", "432198", "123457", "7731")) {
            spellings.add(minor);
        }
        for (String spelling : spellings) {
            assertFalse(searchable.contains(spelling), "the client's interactive page contains " + spelling);
        }
        List<String> fields = new ArrayList<>();
        fieldNames(new ObjectMapper().readTree(HtmlSamples.parse(html).selectFirst("script#proposal-data").data()), fields);
        assertTrue(fields.contains("minor"), fields.toString());
        // The recurring charges, the range's scenarios and the budget box's figures are searched too.
        for (String part : List.of("recurring", "optimisticMinor", "fit", "quoteMinor", "texts")) {
            assertTrue(fields.contains(part), "no " + part + " in " + fields);
        }
        for (String field : fields) {
            for (String word : List.of("cost", "margin", "walk", "target", "internal", "note")) {
                assertFalse(field.toLowerCase(java.util.Locale.ROOT).contains(word), "the figures have a field " + field);
            }
        }
    }

    private static void fieldNames(JsonNode node, List<String> out) {
        node.fieldNames().forEachRemaining(out::add);
        node.forEach(child -> fieldNames(child, out));
    }

    private static BigInteger minor(BigDecimal amount) {
        return amount.unscaledValue();
    }
}
