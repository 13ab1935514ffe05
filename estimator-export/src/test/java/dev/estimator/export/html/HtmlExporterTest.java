package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.DocumentBuilder;
import dev.estimator.export.document.DocumentInfo;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.document.Section;
import dev.estimator.export.format.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports every sample in both audiences, parses the page with jsoup and checks it against the
 * calculator and the document model: each key figure, formatted by the document's
 * {@link Phrasing}, stands in the table cells of the section that states it; the headings are the
 * model's section titles in order, numbered as in the PDF; the page is marked up for assistive
 * technology (language, one h1, table headers, named sections and charts).
 */
class HtmlExporterTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        return HtmlSamples.samplesByAudience();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyKeyFigureStandsInTheSectionThatStatesIt(String name, Estimate estimate, Audience audience) {
        ExportRequest request = ExportRequest.of(estimate, audience);
        EstimateTotals totals = request.totals();
        Phrasing p = Phrasing.of(request.estimate());
        Document page = HtmlSamples.parse(HtmlSamples.export(request));

        String grandTotal = HtmlSamples.flat(p.amount(totals.grandTotal()));
        assertEquals(grandTotal, text(page, "#cover tr.total td.num"), "grand total on the cover");
        assertEquals(grandTotal, text(page, "#price tr.total td.num"), "grand total in the price");
        assertTrue(text(page, "#summary > p:first-of-type").contains(grandTotal), "grand total in the summary");
        assertTrue(text(page, "#acceptance > p").contains(grandTotal), "grand total in the acceptance");

        List<String> price = cells(page, "#price");
        assertCell(price, p.amount(totals.subtotal()), name + ": subtotal in the price");
        assertCell(price, p.amount(totals.net()), name + ": net in the price");
        if (request.estimate().tax() != null) {
            assertCell(price, p.amount(totals.tax()), name + ": tax in the price");
            assertTrue(text(page, "#summary > p:first-of-type").contains(HtmlSamples.flat(p.amount(totals.tax()))),
                    "tax in the summary");
        }
        for (MilestoneAmount milestone : totals.milestones()) {
            assertCell(price, p.amount(milestone.amount()), name + ": milestone " + milestone.milestone().name());
            assertCell(price, milestone.milestone().name(), name + ": milestone name");
        }

        List<String> breakdown = cells(page, "#breakdown");
        assertEquals(HtmlSamples.flat(p.amount(totals.subtotal())), text(page, "#breakdown tr.total td.num"),
                "subtotal of the breakdown");
        for (GroupTotal group : totals.allGroups()) {
            assertCell(breakdown, p.amount(group.amount()), name + ": subtotal of group " + group.groupId());
        }
        for (ItemTotal item : totals.items().values()) {
            // A recurring item's amount is its charge per period, stated with the recurring charges.
            boolean recurs = request.estimate().item(item.itemId()).map(LineItem::isRecurring).orElse(false);
            assertCell(recurs ? cells(page, "#recurring") : breakdown, p.amount(item.amount()),
                    name + ": amount of item " + item.itemId());
        }

        List<String> alternatives = cells(page, "#alternatives");
        List<String> glance = cells(page, "#summary");
        for (AlternativeTotals alternative : totals.alternatives()) {
            String total = p.amount(alternative.totals().grandTotal());
            String delta = p.signed(alternative.delta());
            String what = name + ": alternative " + alternative.alternative().id();
            assertCell(alternatives, total, what + " total in the alternatives");
            assertCell(alternatives, delta, what + " difference in the alternatives");
            assertCell(glance, total, what + " total in the summary");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sectionsAndHeadingsAreTheModelsInOrder(String name, Estimate estimate, Audience audience) {
        ExportRequest request = ExportRequest.of(estimate, audience);
        dev.estimator.export.document.Document model = DocumentBuilder.build(request);
        Document page = HtmlSamples.parse(HtmlSamples.export(request));

        assertEquals(model.sections().stream().map(Section::id).toList(),
                page.select("section").stream().map(Element::id).toList(), "one section element per section, in order");
        List<Section> numbered = model.sections().stream().filter(Section::numbered).toList();
        List<Element> headings = page.select("h2");
        assertEquals(numbered.size(), headings.size(), "one h2 per numbered section");
        for (int i = 0; i < numbered.size(); i++) {
            Element heading = headings.get(i);
            assertEquals(String.valueOf(i + 1), heading.selectFirst(".number").text(), "numbered as in the PDF");
            assertEquals(numbered.get(i).title(), heading.ownText().trim(), "heading " + (i + 1));
            assertEquals(numbered.get(i).id(), heading.parent().id(), "the heading opens its section");
        }
        for (Element section : page.select("section")) {
            String label = section.attr("aria-labelledby");
            assertTrue(!label.isEmpty() || !section.attr("aria-label").isEmpty(), "section " + section.id() + " is named");
            if (!label.isEmpty()) {
                assertTrue(page.getElementById(label) != null, "section " + section.id() + " names an existing heading");
            }
        }
        assertTrue(page.select("header #cover").size() == 1, "the cover is the page's header");
        assertEquals(numbered.size(), page.select("main > section").size(), "the numbered sections are the main content");
        long subheadings = model.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof dev.estimator.export.document.Block.Subheading).count();
        assertEquals(subheadings, page.select("h3").size(), "one h3 per subheading");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void thePageIsMarkedUpForAssistiveTechnology(String name, Estimate estimate, Audience audience) {
        ExportRequest request = ExportRequest.of(estimate, audience);
        DocumentInfo info = DocumentBuilder.build(request).info();
        Document page = HtmlSamples.parse(HtmlSamples.export(request));
        Header header = estimate.header();

        assertEquals(header.language(), page.selectFirst("html").attr("lang"));
        assertEquals(1, page.select("h1").size(), "one h1");
        // The h1 is the cover's title: the project's, or the document's kind where the language leads with it (御見積書).
        String coverTitle = DocumentBuilder.build(request).sections().get(0).blocks().stream()
                .filter(b -> b instanceof dev.estimator.export.document.Block.Cover)
                .map(b -> ((dev.estimator.export.document.Block.Cover) b).title()).findFirst().orElseThrow();
        assertEquals(coverTitle, page.selectFirst("h1").text());
        assertTrue(page.selectFirst("header").text().contains(header.title()), "the project's title is in the header");
        assertEquals(header.title(), page.title());
        assertEquals(info.author(), page.selectFirst("meta[name=author]").attr("content"));
        assertEquals(info.subject(), page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(info.keywords(), page.selectFirst("meta[name=keywords]").attr("content"));
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(1, page.select("header").size());
        assertEquals(1, page.select("main").size());

        assertFalse(page.select("table").isEmpty());
        for (Element table : page.select("table")) {
            assertFalse(table.select("th").isEmpty(), name + ": a table without headers: " + table.outerHtml());
            table.select("thead th").forEach(th -> assertEquals("col", th.attr("scope"), th.outerHtml()));
            table.select("tbody th").forEach(th -> assertEquals("row", th.attr("scope"), th.outerHtml()));
            assertTrue(table.hasAttr("aria-labelledby") || table.selectFirst("caption") != null,
                    name + ": an unnamed table: " + table.outerHtml());
            String label = table.attr("aria-labelledby");
            assertTrue(label.isEmpty() || page.getElementById(label) != null, "table named by " + label);
        }
        for (Element svg : page.select("svg")) {
            assertEquals("img", svg.attr("role"));
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertFalse(page.getElementById(id).text().isBlank(), "the chart's " + id);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theChartDrawsEachGroupProportionally(String name, Estimate estimate, Audience audience) {
        ExportRequest request = ExportRequest.of(estimate, audience);
        List<GroupTotal> groups = request.totals().groups();
        Document page = HtmlSamples.parse(HtmlSamples.export(request));
        if (groups.size() < 2) {
            assertTrue(page.select("svg").isEmpty());
            return;
        }
        Element svg = page.selectFirst("#breakdown figure.chart svg");
        List<Element> bars = svg.select("rect");
        assertEquals(groups.size(), bars.size(), "one bar per group");
        java.math.BigDecimal largest = groups.stream().map(GroupTotal::amount).reduce(java.math.BigDecimal::max).orElseThrow();
        Phrasing p = Phrasing.of(request.estimate());
        for (int i = 0; i < groups.size(); i++) {
            double expected = groups.get(i).amount().doubleValue() / largest.doubleValue() * 100;
            double drawn = Double.parseDouble(bars.get(i).attr("width").replace("%", ""));
            assertEquals(expected, drawn, 0.01, "bar of " + groups.get(i).title());
            assertEquals(HtmlSamples.flat(p.amount(groups.get(i).amount())), HtmlSamples.flat(svg.select("text.value").get(i).text()));
            assertEquals(groups.get(i).title(), svg.select("text.label").get(i).text());
        }
    }

    @Test
    void theInternalCopyCarriesTheBannerAndTheInternalSectionAndTheClientsNeither() {
        Estimate estimate = HtmlSamples.load(HtmlSamples.samples().getFirst());
        String banner = Vocabulary.forLanguage(estimate.header().language()).text("label.internalOnly");
        Document internal = HtmlSamples.parse(HtmlSamples.export(estimate, Audience.INTERNAL));
        assertEquals(banner, internal.selectFirst("header > .internal-banner").text());
        assertTrue(internal.selectFirst("style").data().contains("@top-center"), "the banner on every printed page");
        assertTrue(internal.getElementById("internal") != null, "the internal figures");

        Document client = HtmlSamples.parse(HtmlSamples.export(estimate, Audience.CLIENT));
        assertTrue(client.select(".internal-banner").isEmpty());
        assertFalse(client.html().contains(banner));
        assertTrue(client.getElementById("internal") == null);
    }

    @Test
    void everyTextIsEscaped() {
        Estimate sample = HtmlSamples.load(HtmlSamples.samples().getFirst());
        Header h = sample.header();
        String hostile = "<script>alert(1)</script> & \"quoted\" </style> <b onload=x>";
        Estimate estimate = sample.withHeader(new Header(hostile, h.purpose(), h.client(), h.provider(), h.author(),
                h.currency(), h.language(), h.locale(), h.issueDate(), h.validUntil(), h.revision(), h.estimateClass(),
                h.accuracy(), h.reference()));
        Document page = HtmlSamples.parse(HtmlSamples.export(estimate, Audience.INTERNAL));
        assertTrue(page.select("script, b").isEmpty(), "no element from the text");
        assertEquals(hostile, page.title());
        assertEquals(hostile, page.selectFirst("h1").text());
        assertEquals(1, page.select("style").size(), "the title in the print frame cannot end the stylesheet");
        assertTrue(page.selectFirst("style").data().contains("@top-left"));
    }

    @Test
    void writesToTheCallersStreamWithoutClosingIt() throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new HtmlExporter().write(ExportRequest.of(HtmlSamples.load(HtmlSamples.samples().getFirst()), Audience.CLIENT), out);
        assertFalse(out.closed, "the caller closes the stream");
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>\n"));
        assertEquals("html", new HtmlExporter().extension());
    }

    /** The texts of every table cell in the section with {@code id}. */
    private static List<String> cells(Document page, String id) {
        return page.select(id + " td, " + id + " th").stream().map(e -> HtmlSamples.flat(e.text())).toList();
    }

    /** A cell holds exactly {@code expected}: the whole figure, not part of a longer one. */
    private static void assertCell(List<String> cells, String expected, String what) {
        assertTrue(cells.contains(HtmlSamples.flat(expected)), what + ": " + expected + " not in " + cells);
    }

    private static String text(Document page, String selector) {
        return HtmlSamples.flat(page.select(selector).text());
    }
}
