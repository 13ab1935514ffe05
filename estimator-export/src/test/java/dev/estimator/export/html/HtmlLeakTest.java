package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.RateCard;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final String CANARY_NOTES = "LEAKCANARY-7731";
    private static final BigDecimal CANARY_TARGET = new BigDecimal("987654.32");
    private static final BigDecimal CANARY_WALK_AWAY = new BigDecimal("876543.21");
    private static final BigDecimal CANARY_ROLE_COST = new BigDecimal("4321.98");
    private static final BigDecimal CANARY_UNIT_COST = new BigDecimal("1234.57");
    private static final List<BigDecimal> CANARY_AMOUNTS = List.of(CANARY_TARGET, CANARY_WALK_AWAY, CANARY_ROLE_COST,
            CANARY_UNIT_COST);

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    /** The sample with every internal figure replaced by a canary. */
    static Estimate canary(Path sample) {
        Estimate estimate = HtmlSamples.load(sample);
        RateCard rates = new RateCard(estimate.rateCard().hoursPerDay(), estimate.rateCard().roles().stream()
                .map(role -> role.withCost(CANARY_ROLE_COST)).toList());
        Estimate costed = estimate.withRateCard(rates).withBreakdown(estimate.breakdown().stream()
                .map(group -> group.mapItems(item -> item.withUnitCost(CANARY_UNIT_COST))).toList());
        return new Estimate(costed.header(), costed.rateCard(), costed.breakdown(), costed.assumptions(),
                costed.exclusions(), costed.risks(), costed.contingency(), costed.adjustments(), costed.tax(),
                costed.milestones(), costed.terms(), costed.alternatives(),
                new InternalSection(CANARY_TARGET, CANARY_WALK_AWAY, new BigDecimal("7.5"),
                        CANARY_NOTES + " client compares us with one other agency"));
    }

    /** Every spelling of a canary the exporter might produce, with no-break spaces as spaces. */
    static List<String> spellings(Estimate estimate) {
        Header header = estimate.header();
        List<String> spellings = new ArrayList<>(List.of(CANARY_NOTES));
        for (Locale locale : List.of(header.effectiveLocale(), Locale.ITALY, Locale.US, Locale.JAPAN)) {
            MoneyFormat format = MoneyFormat.of(header.currency(), locale);
            for (BigDecimal value : CANARY_AMOUNTS) {
                BigDecimal money = value.setScale(format.scale(), RoundingMode.HALF_UP);
                spellings.add(HtmlSamples.flat(format.format(money)));
                spellings.add(HtmlSamples.flat(format.formatPlain(money)));
                spellings.add(HtmlSamples.flat(format.formatRate(value)));
                spellings.add(HtmlSamples.flat(format.formatRatePlain(value)));
            }
        }
        for (BigDecimal value : CANARY_AMOUNTS) {
            spellings.add(value.toPlainString());
            spellings.add(value.toPlainString().replace('.', ','));
        }
        return spellings;
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
        assertTrue(searchable.contains(CANARY_NOTES), "internal notes");
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        for (BigDecimal value : List.of(CANARY_TARGET, CANARY_WALK_AWAY)) {
            BigDecimal rounded = value.setScale(money.scale(), RoundingMode.HALF_UP);
            assertTrue(searchable.contains(HtmlSamples.flat(money.format(rounded))), "internal figure " + value);
        }
        for (BigDecimal value : List.of(CANARY_ROLE_COST, CANARY_UNIT_COST)) {
            assertTrue(searchable.contains(HtmlSamples.flat(money.formatRate(value))), "internal rate " + value);
        }
    }
}
