package dev.estimator.core.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.SelectionCalculator;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.Revision;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An acceptance code is checked against the exact revision, selection and total it names, and
 * the accepted variant written from it prices to the accepted total.
 */
class AcceptedSelectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Stream<Path> samples() {
        return Estimates.samples().stream();
    }

    /** The code the page would make for variant {@code v} keeping the items in {@code mask}. */
    private static AcceptanceCode code(Estimate estimate, int v, BigInteger mask) {
        ProposalChoices.Variant variant = ProposalChoices.of(estimate).variants().get(v);
        Set<String> leftOut = new HashSet<>();
        for (int i = 0; i < variant.optional().size(); i++) {
            if (!mask.testBit(i)) {
                leftOut.add(variant.optional().get(i).id());
            }
        }
        BigDecimal total = SelectionCalculator.price(estimate, EstimateCalculator.calculate(estimate),
                variant.alternativeId(), leftOut).price().total();
        return new AcceptanceCode(ContentHash.fingerprint(estimate), estimate.header().revision().number(), v, mask,
                total.unscaledValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySelectionIsAcceptedAndTheAcceptedFileTotalsToItsTotal(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        List<ProposalChoices.Variant> variants = ProposalChoices.of(estimate).variants();
        for (int v = 0; v < variants.size(); v++) {
            int options = variants.get(v).optional().size();
            for (int mask = 0; mask < 1 << Math.min(options, 4); mask++) {
                AcceptanceCode code = code(estimate, v, BigInteger.valueOf(mask));
                AcceptedSelection accepted = AcceptedSelection.check(estimate, " " + code.text().toLowerCase() + " ");
                Estimate written = accepted.acceptedEstimate(TODAY);
                assertTrue(EstimateValidator.validate(written).isEmpty(), () -> EstimateValidator.validate(written).toString());
                Estimate reloaded = EstimateFiles.parse(EstimateFiles.toYaml(written), "accepted.yaml", false).orThrow();
                assertEquals(written, reloaded);
                EstimateTotals totals = EstimateCalculator.calculate(reloaded);
                assertEquals(accepted.price().price(), totals.price(), "variant " + v + " mask " + mask);
                assertEquals(accepted.price().milestones(), totals.milestones());
                var acceptance = reloaded.header().revision().accepted();
                assertEquals(totals.grandTotal(), acceptance.total());
                assertEquals(TODAY, acceptance.date());
                assertEquals(code.text(), acceptance.code());
                assertEquals(accepted.kept(), acceptance.optionalItems());
                assertTrue(reloaded.alternatives().isEmpty());
                assertTrue(reloaded.allItems().noneMatch(i -> accepted.leftOut().contains(i.id())));
                assertTrue(reloaded.allItems().filter(i -> !i.isRecurring()).noneMatch(i -> i.optional()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aTamperedCodeAnotherRevisionOrAChangedFileIsRefused(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        AcceptanceCode good = code(estimate, 0, BigInteger.ZERO);
        AcceptedSelection.check(estimate, good.text());

        String text = good.text();
        String mistyped = text.substring(0, text.length() - 1) + (text.endsWith("0") ? "1" : "0");
        assertRefused(estimate, mistyped, "checksum");
        AcceptanceCode cheaper = new AcceptanceCode(good.fingerprint(), good.revision(), 0, BigInteger.ZERO,
                good.total().subtract(BigInteger.valueOf(100)));
        assertRefused(estimate, cheaper.text(), "total");
        AcceptanceCode noSuchVariant = new AcceptanceCode(good.fingerprint(), good.revision(), 99, BigInteger.ZERO, good.total());
        assertRefused(estimate, noSuchVariant.text(), "variant");
        AcceptanceCode tooMany = new AcceptanceCode(good.fingerprint(), good.revision(), 0, BigInteger.ONE.shiftLeft(40),
                good.total());
        assertRefused(estimate, tooMany.text(), "optional items");
        assertRefused(estimate, "hello", "not an acceptance code");

        Header header = estimate.header();
        Estimate next = estimate.withHeader(header.withRevision(new Revision(header.revision().number() + 1, "later")));
        assertRefused(next, good.text(), "revision");
        Estimate changed = estimate.withBreakdown(estimate.breakdown().stream()
                .map(g -> g.mapItems(i -> i.withDescription("changed after sending"))).toList());
        assertNotEquals(ContentHash.of(estimate), ContentHash.of(changed));
        assertRefused(changed, good.text(), "changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void internalFiguresDoNotChangeTheFingerprint(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        Estimate withoutInternal = estimate.redactedFor(dev.estimator.core.model.Audience.CLIENT);
        assertEquals(ContentHash.of(estimate), ContentHash.of(withoutInternal));
        assertEquals(64, ContentHash.of(estimate).length());
    }

    private static void assertRefused(Estimate estimate, String code, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcceptedSelection.check(estimate, code));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
