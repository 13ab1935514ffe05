package dev.estimator.export.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as each locale's business letters write them, the Italian first of the month as an ordinal. */
class DateFormatTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "it-IT | 2027-02-01 | 1° febbraio 2027",
            "it-IT | 2027-02-11 | 11 febbraio 2027",
            "it-IT | 2027-02-21 | 21 febbraio 2027",
            "en-GB | 2027-02-01 | 1 February 2027",
            "en-US | 2027-02-01 | February 1, 2027",
            "ja-JP | 2027-02-01 | 2027年2月1日"})
    void longDates(String locale, String date, String expected) {
        assertEquals(expected, DateFormat.of(Locale.forLanguageTag(locale)).format(LocalDate.parse(date)));
    }
}
