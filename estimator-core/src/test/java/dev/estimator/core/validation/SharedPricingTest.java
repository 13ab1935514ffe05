package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A caller that prices the estimate anyway (the documents, the totals report) lends its totals to
 * validation's price checks ({@link SharedPricing}): the findings are those validation's own pricing
 * gives, and the lent totals are what the checks read.
 */
class SharedPricingTest {

    private static final long MAX = 64L << 20;

    @TempDir
    static Path dir;

    /** Every sample, and files that fail the price checks: discounts beyond the price, a cap below it. */
    static Stream<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
            samples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        String base = read(Path.of("src/test/resources/validation/base.yaml"));
        out.add(write("discount-5000.yaml", edit(base, "    percent: 5\ntax:", "    amount: 5000\ntax:")));
        out.add(write("discount-4500.yaml", edit(base, "    percent: 5\ntax:", "    amount: 4500\ntax:")));
        out.add(write("base.yaml", base));
        String capped = read(Path.of("src/test/resources/commercial/capped.yaml"));
        out.add(write("cap-14000.yaml", edit(capped, "cap: 20000", "cap: 14000")));
        out.add(write("capped.yaml", capped));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theFindingsAreThoseOfValidationsOwnPricing(Path file) {
        LoadResult own = EstimateFiles.load(file, MAX, checked -> { });
        Lender lender = new Lender(checked -> EstimateCalculator.calculate(checked.redactedFor(Audience.CLIENT)));
        LoadResult lent = EstimateFiles.load(file, MAX, lender);
        assertEquals(own.problems().stream().map(Problem::toString).toList(),
                lent.problems().stream().map(Problem::toString).toList());
        // Lent exactly when every other rule passed, as the plain hook is called.
        assertEquals(lender.accepted == null ? 0 : 1, lender.lent);
    }

    @Test
    void theLentTotalsAreWhatThePriceChecksRead() throws IOException {
        // The estimate of a file whose discount exceeds its price, as validation hands it over.
        Estimate[] overDiscounted = new Estimate[1];
        LoadResult refused = EstimateFiles.load(files().filter(p -> p.endsWith("discount-5000.yaml")).findFirst()
                .orElseThrow(), MAX, checked -> overDiscounted[0] = checked);
        assertEquals(List.of("discount-5000.yaml:62:3: adjustments: the discounts exceed the price: the net price would be -342.20 EUR",
                "discount-5000.yaml:73:5: alternatives[0]: with this alternative the discounts exceed the price: its net price "
                        + "would be -657.20 EUR"), lines(refused));
        assertNotNull(overDiscounted[0]);
        // A valid file checked on those totals is refused with their figures: the checks read the lent totals.
        Path valid = files().filter(p -> p.endsWith("base.yaml")).findFirst().orElseThrow();
        assertTrue(EstimateFiles.load(valid, MAX, checked -> { }).isValid());
        LoadResult lent = EstimateFiles.load(valid, MAX, new Lender(checked -> EstimateCalculator.calculate(overDiscounted[0])));
        assertEquals(List.of("base.yaml:62:3: adjustments: the discounts exceed the price: the net price would be -342.20 EUR",
                "base.yaml:73:5: alternatives[0]: with this alternative the discounts exceed the price: its net price "
                        + "would be -657.20 EUR"), lines(lent));
    }

    @Test
    void noTotalsLentMeansValidationPricesItself() throws IOException {
        Path file = files().filter(p -> p.endsWith("discount-5000.yaml")).findFirst().orElseThrow();
        Lender none = new Lender(checked -> null);
        assertEquals(EstimateFiles.load(file, MAX, checked -> { }).problems().stream().map(Problem::toString).toList(),
                EstimateFiles.load(file, MAX, none).problems().stream().map(Problem::toString).toList());
        assertEquals(1, none.lent);
    }

    /** Prices what it is handed with {@code pricing} and lends the result. */
    private static final class Lender implements SharedPricing {
        private final java.util.function.Function<Estimate, EstimateTotals> pricing;
        private Estimate accepted;
        private int lent;

        Lender(java.util.function.Function<Estimate, EstimateTotals> pricing) {
            this.pricing = pricing;
        }

        @Override
        public void accept(Estimate estimate) {
            accepted = estimate;
        }

        @Override
        public EstimateTotals totals() {
            lent++;
            return pricing.apply(accepted);
        }
    }

    /** The problems as a user reads them, under the file's name. */
    private static List<String> lines(LoadResult result) {
        return result.problems().stream().map(Problem::toString).map(line -> line.replace(dir + "/", "")).toList();
    }

    private static String edit(String text, String from, String to) {
        assertTrue(text.contains(from), "no " + from);
        return text.replace(from, to);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
