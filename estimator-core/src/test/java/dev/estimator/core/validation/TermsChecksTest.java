package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A free terms line that contradicts how the documents show the figures is a warning, in en, it and ja. */
class TermsChecksTest {

    private static Estimate withTerms(String taxName, String line) {
        Estimate e = Estimates.withItems("EUR", Estimates.rateCard("100", null, RatePeriod.DAY),
                Estimates.priced("P1", "1", "100"));
        return new Estimate(e.header(), e.rateCard(), e.breakdown(), null, null, null, null, null,
                taxName == null ? null : new Tax(taxName, new BigDecimal("22")), null, List.of(line), null, null);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // With a tax the documents show lines before it and the total including it.
            "VAT | Prices are in euro, excluding VAT.                                    | exclude",
            "VAT | All prices exclude VAT.                                               | exclude",
            "VAT | Prices are plus VAT at the current rate.                              | exclude",
            "VAT | Prices are in euro, excluding VAT unless stated.                      | ",
            "VAT | Line prices exclude VAT; the total includes it.                       | ",
            "VAT | All prices include VAT.                                               | include",
            "VAT | Hosting is €110.11 a month, VAT included.                             | ",
            "消費税 | 保守は月額 ¥198,000（消費税込み）です。                                 | ",
            "VAT | Invoices are payable within 30 days.                                  | ",
            "IVA | I prezzi sono in euro, IVA esclusa, e valgono fino alla data indicata. | exclude",
            "IVA | Prezzi al netto dell'IVA.                                             | exclude",
            "IVA | Importi più IVA.                                                      | exclude",
            "IVA | I prezzi delle singole voci sono IVA esclusa; il totale la comprende.  | ",
            "IVA | Tutti i prezzi sono IVA inclusa.                                      | include",
            "消費税 | 金額はすべて税抜です。                                                 | exclude",
            "消費税 | 上記金額には消費税を含みません。                                         | exclude",
            "消費税 | 金額は消費税を別に表示しています。                                       | ",
            "消費税 | 各項目は税抜、合計は税込で表示しています。                               | ",
            "消費税 | 金額はすべて税込です。                                                 | include",
            // Without a tax only a claim that tax is included contradicts the figures.
            "      | Prices include VAT.                                                   | none",
            "      | Prezzi IVA inclusa.                                                   | none",
            "      | 金額は税込です。                                                       | none",
            "      | Prices exclude VAT, which we do not charge.                           | ",
    })
    void aTermsLineThatContradictsTheFiguresIsAWarningAtItsPath(String tax, String line, String expected) {
        List<Problem> warnings = EstimateValidator.warnings(withTerms(tax, line));
        if (expected == null) {
            assertEquals(List.of(), warnings);
            return;
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("terms[0]", warnings.getFirst().path());
        String message = warnings.getFirst().message();
        assertTrue(switch (expected) {
            case "exclude" -> message.contains("exclude " + tax) && message.contains("including it");
            case "include" -> message.contains("include " + tax) && message.contains("before it");
            default -> message.contains("charges none");
        }, message);
    }

    @Test
    void inAFileTheWarningHasItsLineAndColumn() throws Exception {
        String text = Files.readString(Estimates.repositoryRoot().resolve("samples/gestionale-migrazione-it.yaml"));
        assertEquals(List.of(), EstimateFiles.parse(text, "gestionale.yaml", false).warnings());
        String contradicting = text.replaceFirst("(?m)^terms:\\n  - .*$",
                "terms:\n  - I prezzi sono in euro, IVA esclusa, e valgono fino alla data di validità indicata.");
        LoadResult result = EstimateFiles.parse(contradicting, "gestionale.yaml", false);
        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        Problem warning = result.warnings().getFirst();
        assertEquals("terms[0]", warning.path());
        int line = contradicting.lines().toList().indexOf(
                "  - I prezzi sono in euro, IVA esclusa, e valgono fino alla data di validità indicata.") + 1;
        assertEquals(line, warning.line());
        assertEquals(5, warning.column());
        assertTrue(warning.message().contains("exclude IVA"), warning.message());
    }
}
