package dev.estimator.export.format;

import java.util.Locale;

/**
 * How a negative amount is written. Japanese business documents mark it with a triangle
 * ({@code ▲¥12,000}, read 「マイナス」); the other languages here use the typographic minus
 * ({@code −€600.00}). The language gives the default; a PDF theme may choose either.
 */
public enum Negatives {
    /** {@code −€600.00}. */
    MINUS("\u2212"),
    /** {@code ▲¥12,000}. */
    TRIANGLE("\u25B2");

    private final String mark;

    Negatives(String mark) {
        this.mark = mark;
    }

    /** The sign put before a negative amount. */
    public String mark() {
        return mark;
    }

    /** The convention of {@code locale}'s language: the triangle for Japanese, the minus otherwise. */
    public static Negatives forLocale(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? TRIANGLE : MINUS;
    }
}
