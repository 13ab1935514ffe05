package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.LeakCanaries;
import dev.estimator.export.NegotiationSamples;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing internal reaches the client's page: each sample is given distinctive canary values for
 * every internal figure (target and walk-away price, notes, role cost rates, item unit costs), and
 * none of them, in any spelling, is in the client's file: not in its text, its attributes, its
 * stylesheet or its raw bytes. The internal page of the same estimate does show them, so the
 * search itself is proven able to find them.
 */
class HtmlLeakTest {

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    /** The sample with every internal figure replaced by a canary. */
    static Estimate canary(Path sample) {
        return LeakCanaries.canary(HtmlSamples.load(sample));
    }

    /** Every spelling of a canary (and of the figures derived from them) the exporter might produce. */
    static List<String> spellings(Estimate estimate) {
        return LeakCanaries.spellings(ExportRequest.of(estimate, Audience.INTERNAL));
    }

    /** The page's text, every attribute value, the stylesheet and the raw file. */
    static String searchable(byte[] html) {
        Document page = HtmlSamples.parse(html);
        StringBuilder all = new StringBuilder(page.text()).append('\n');
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> all.append(a.getValue()).append('\n'));
        }
        page.select("style").forEach(style -> all.append(style.data()).append('\n'));
        all.append(new String(html, StandardCharsets.UTF_8));
        return HtmlSamples.flat(all.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theClientsCopyHoldsNoInternalValueInAnyForm(Path sample) {
        Estimate estimate = canary(sample);
        String searchable = searchable(HtmlSamples.export(estimate, Audience.CLIENT));
        assertTrue(searchable.contains(estimate.header().title()), "the search sees the document's text");
        for (String spelling : spellings(estimate)) {
            assertFalse(searchable.contains(spelling), "the client's page contains " + spelling);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theInternalCopyShowsTheSameValues(Path sample) {
        Estimate estimate = canary(sample);
        String searchable = searchable(HtmlSamples.export(estimate, Audience.INTERNAL));
        assertTrue(searchable.contains(LeakCanaries.NOTES), "internal notes");
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        for (BigDecimal value : List.of(LeakCanaries.TARGET, LeakCanaries.WALK_AWAY)) {
            BigDecimal rounded = value.setScale(money.scale(), RoundingMode.HALF_UP);
            assertTrue(searchable.contains(HtmlSamples.flat(money.format(rounded))), "internal figure " + value);
        }
        for (BigDecimal value : List.of(LeakCanaries.ROLE_COST, LeakCanaries.UNIT_COST)) {
            assertTrue(searchable.contains(HtmlSamples.flat(money.formatRate(value))), "internal rate " + value);
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> negotiationCases() {
        return NegotiationSamples.arguments();
    }

    /** With the revision bridge and the ways to reach a budget added, the client's page still holds nothing internal. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiationCases")
    void theClientsCopyWithPreviousAndBudgetHoldsNoInternalValue(NegotiationSamples.Case sample) {
        ExportRequest client = sample.request(Audience.CLIENT, LeakCanaries::canary);
        String searchable = searchable(HtmlSamples.export(client));
        assertTrue(searchable.contains(HtmlSamples.flat(Phrasing.of(client.estimate()).text("section.changes"))),
                "the bridge is in the page");
        assertTrue(searchable.contains(HtmlSamples.flat(Phrasing.of(client.estimate()).amount(
                client.budget().orElseThrow().budget()))), "the budget section is in the page");
        for (String spelling : LeakCanaries.spellings(sample.request(Audience.INTERNAL, LeakCanaries::canary))) {
            assertFalse(searchable.contains(spelling), "the client's page contains " + spelling);
        }
    }

    /** The internal page of the same case shows the derived figures searched for above, so the search can find them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiationCases")
    void theInternalCopyWithPreviousShowsTheMarginMovement(NegotiationSamples.Case sample) {
        ExportRequest internal = sample.request(Audience.INTERNAL, LeakCanaries::canary);
        String searchable = searchable(HtmlSamples.export(internal));
        Phrasing p = Phrasing.of(internal.estimate());
        var movement = internal.bridge().orElseThrow().costMovement().orElseThrow();
        for (BigDecimal value : List.of(movement.costBefore(), movement.costAfter(), movement.marginBefore(),
                movement.marginAfter())) {
            assertTrue(searchable.contains(HtmlSamples.flat(p.amount(value))), "internal figure " + value);
            assertTrue(LeakCanaries.spellings(internal).contains(HtmlSamples.flat(p.amount(value))),
                    "the leak search looks for " + value);
        }
    }
}
