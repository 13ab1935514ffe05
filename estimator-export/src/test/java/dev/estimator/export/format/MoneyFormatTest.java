package dev.estimator.export.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static MoneyFormat money(String currency, String locale) {
        return MoneyFormat.of(Currency.getInstance(currency), Locale.forLanguageTag(locale));
    }

    /** Non-breaking spaces as plain spaces, so the table reads naturally. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | en-IE | 12345.60 | €12,345.60
            EUR | it-IT | 12345.60 | 12.345,60 €
            JPY | ja-JP | 1234500  | ￥1,234,500
            EUR | en-IE | -7.70    | \u2212€7.70
            EUR | it-IT | -7.70    | \u22127,70 €
            KWD | en-GB | 3.002    | KWD3.002
            """)
    void amountsUseTheCurrencysOwnDecimalsAndTheLocalesGrouping(String currency, String locale, String amount,
                                                               String expected) {
        assertEquals(expected, plain(money(currency, locale).format(new BigDecimal(amount))));
    }

    @ParameterizedTest(name = "{0} {1}: rate {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | en-IE | 95      | €95.00      | 95.00
            EUR | en-IE | 0.0035  | €0.0035     | 0.0035
            EUR | it-IT | 0.0035  | 0,0035 €    | 0,0035
            EUR | en-IE | 19.995  | €19.995     | 19.995
            JPY | ja-JP | 12.5    | ￥12.5      | 12.5
            JPY | ja-JP | 100000  | ￥100,000   | 100,000
            """)
    void ratesKeepTheirStatedDecimals(String currency, String locale, String rate, String expected, String expectedPlain) {
        assertEquals(expected, plain(money(currency, locale).formatRate(new BigDecimal(rate))));
        assertEquals(expectedPlain, plain(money(currency, locale).formatRatePlain(new BigDecimal(rate))));
    }

    @Test
    void differencesCarryTheirSignAndNoneForZero() {
        MoneyFormat eur = money("EUR", "en-IE");
        assertEquals("+€1,200.00", eur.formatSigned(new BigDecimal("1200.00")));
        assertEquals("\u2212€600.00", eur.formatSigned(new BigDecimal("-600.00")));
        assertEquals("€0.00", eur.formatSigned(new BigDecimal("0.00")));
    }

    @Test
    void anAmountThatWasNotRoundedIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> money("EUR", "en-IE").format(new BigDecimal("0.005")));
        assertThrows(IllegalArgumentException.class, () -> money("JPY", "ja-JP").format(new BigDecimal("10.5")));
    }
}
