package dev.estimator.export.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a reader in the estimate's locale writes them: {@code 20 November 2026}, {@code 2026年11月20日}. */
public final class DateFormat {

    private final DateTimeFormatter formatter;
    private final DateTimeFormatter month;
    /** Italian writes the first of a month as an ordinal: "1° febbraio 2027". */
    private final boolean ordinalFirst;

    private DateFormat(Locale locale) {
        this.formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.ordinalFirst = "it".equals(locale.getLanguage());
        this.month = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
    }

    public static DateFormat of(Locale locale) {
        return new DateFormat(locale);
    }

    /** The date in long form, or an empty string for {@code null}. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = formatter.format(date);
        return ordinalFirst && date.getDayOfMonth() == 1 && text.startsWith("1 ") ? "1\u00b0" + text.substring(1) : text;
    }

    /** A month and year, short, as an axis labels it: {@code Feb 2027}, {@code 2027年2月}. */
    public String month(LocalDate date) {
        return month.format(date);
    }
}
