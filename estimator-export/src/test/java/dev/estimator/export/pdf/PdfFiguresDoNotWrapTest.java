package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.RiskExposure;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.format.MoneyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large figures in narrow columns stay whole: a yen risk range, a three-decimal dinar amount,
 * a long risk id. Read back with PDFBox, every figure appears unbroken (a wrapped one would read
 * "￥3,000,0 00").
 */
class PdfFiguresDoNotWrapTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"JPY, ja, 1000000, 3000000, 444444444", "KWD, en, 144444.443, 9999999.999, 144444.443",
            "EUR, it, 999999.99, 9999999.99, 99999999.99"})
    void everyFigureAndIdIsWhole(String currency, String language, String low, String high, String price)
            throws IOException {
        String base = Files.readString(Estimates.repositoryRoot().resolve(
                "estimator-core/src/test/resources/validation/base.yaml"));
        String yaml = base.replace("currency: EUR", "currency: " + currency)
                .replace("language: en", "language: " + language)
                .replace("{low: 800, high: 2400}", "{low: " + low + ", high: " + high + "}")
                .replace("unitPrice: 300", "unitPrice: " + price)
                .replace("R1", "RISKLONGID0001")
                .replace("amount: 1600", "amount: 1600" + (currency.equals("KWD") ? ".125" : ""));
        Estimate estimate = EstimateFiles.parse(yaml, "wide.yaml", false).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        String text = PdfReadBack.of(PdfExporterTest.export(estimate, Audience.CLIENT)).flatText();
        List<String> figures = new ArrayList<>(List.of(money.format(totals.grandTotal()), money.format(totals.net()),
                money.format(totals.subtotal()), "RISKLONGID0001"));
        totals.items().values().forEach(item -> figures.add(money.format(item.amount())));
        totals.groups().forEach(group -> figures.add(money.format(group.amount())));
        totals.milestones().forEach(milestone -> figures.add(money.format(milestone.amount())));
        for (RiskExposure exposure : totals.riskExposures()) {
            figures.add(money.format(exposure.expectedCost()));
            figures.add(money.formatRate(exposure.risk().impact().low()));
            figures.add(money.formatRate(exposure.risk().impact().high()));
        }
        List<Executable> checks = new ArrayList<>();
        for (String figure : figures) {
            String flat = PdfReadBack.flat(figure);
            checks.add(() -> assertTrue(text.contains(flat), () -> "'" + flat + "' appears whole"));
        }
        assertAll(checks);
    }
}
