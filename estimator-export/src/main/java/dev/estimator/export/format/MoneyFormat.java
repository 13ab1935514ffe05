package dev.estimator.export.format;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes amounts in the estimate's currency and locale, always with the currency's own number of
 * decimals (two for EUR, none for JPY) and never rounding: amounts arrive already rounded by the
 * calculator, and one that is not is a programming error.
 */
public final class MoneyFormat {

    private final Currency currency;
    private final Locale locale;
    private final int scale;
    private final Negatives negatives;

    private MoneyFormat(Currency currency, Locale locale, Negatives negatives) {
        this.currency = currency;
        this.locale = locale;
        this.scale = Math.max(0, currency.getDefaultFractionDigits());
        this.negatives = negatives;
    }

    /** Amounts in {@code currency} as {@code locale} writes them, negatives marked as its language does. */
    public static MoneyFormat of(Currency currency, Locale locale) {
        Preconditions.checkNotNull(currency, "currency");
        Preconditions.checkNotNull(locale, "locale");
        return new MoneyFormat(currency, latinDigits(locale), Negatives.forLocale(locale));
    }

    /** This format, marking negative amounts with {@code style} (a theme's choice). */
    public MoneyFormat withNegatives(Negatives style) {
        Preconditions.checkNotNull(style, "style");
        return new MoneyFormat(currency, locale, style);
    }

    /** How negative amounts are marked. */
    public Negatives negatives() {
        return negatives;
    }

    /**
     * {@code locale}, writing its digits 0-9. The documents' fonts draw Latin digits only: in ar-EG
     * or fa-IR digits every amount came out blank. Other conventions (separators, symbol) stay.
     */
    static Locale latinDigits(Locale locale) {
        if (DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0') {
            return locale;
        }
        // Built from language, script and country: a legacy variant such as th-TH-TH is not well-formed for the builder.
        return new Locale.Builder().setLanguage(locale.getLanguage()).setScript(locale.getScript())
                .setRegion(locale.getCountry()).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    public Currency currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }

    public int scale() {
        return scale;
    }

    /** The amount with the currency symbol, e.g. {@code €12,345.60}, {@code 12.345,60 €}, {@code ￥1,234,500}. */
    public String format(BigDecimal amount) {
        return withoutDirectionMarks(currencyFormat(triangleOrNull()).format(checkScale(amount)));
    }

    /** The amount without a currency symbol, grouped as the locale does: {@code 12,345.60}. */
    public String formatPlain(BigDecimal amount) {
        NumberFormat format = numberInstance(locale);
        configure(format);
        markNegatives(format, triangleOrNull());
        return withoutDirectionMarks(format.format(checkScale(amount)));
    }

    /**
     * A rate or unit price with the currency symbol: the currency's decimals, or more when the
     * price is stated more finely ({@code €0.0035} per API call). Rates are inputs, never rounded.
     */
    public String formatRate(BigDecimal rate) {
        NumberFormat format = currencyInstance(locale);
        format.setCurrency(currency);
        configure(format);
        format.setMaximumFractionDigits(Math.max(scale, rate.stripTrailingZeros().scale()));
        return withoutDirectionMarks(format.format(rate));
    }

    /** A rate or unit price without a currency symbol, with as many decimals as {@link #formatRate}. */
    public String formatRatePlain(BigDecimal rate) {
        NumberFormat format = numberInstance(locale);
        configure(format);
        format.setMaximumFractionDigits(Math.max(scale, rate.stripTrailingZeros().scale()));
        return withoutDirectionMarks(format.format(rate));
    }

    /** A difference, with its sign: {@code +€1,200.00}, {@code −€600.00}, and {@code €0.00} for none. */
    public String formatSigned(BigDecimal amount) {
        // The sign always stands before the amount's symbol and digits, whatever the locale's own negative pattern.
        String text = withoutDirectionMarks(currencyFormat(negatives.mark()).format(checkScale(amount)));
        return amount.signum() > 0 ? "+" + text : text;   // no difference has no sign
    }

    /** ▲ where negatives take it, else {@code null}: the locale's own negative pattern, with the typographic minus. */
    private String triangleOrNull() {
        return negatives == Negatives.TRIANGLE ? negatives.mark() : null;
    }

    /** The locale's currency format for this currency; {@code negativeMark}, when given, leads every negative amount. */
    private NumberFormat currencyFormat(String negativeMark) {
        NumberFormat format = currencyInstance(locale);
        format.setCurrency(currency);
        configure(format);
        if (format instanceof DecimalFormat decimal) {
            // A document's negative amounts take the typographic minus, as formatSigned does.
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setMinusSign('\u2212');
            decimal.setDecimalFormatSymbols(symbols);
        }
        markNegatives(format, negativeMark);
        return format;
    }

    /**
     * Makes a negative amount read as {@code mark} followed by the amount as a positive one is
     * written (▲￥500,000): the formatter's negative prefix and suffix, not arithmetic on the amount.
     */
    private static void markNegatives(NumberFormat format, String mark) {
        if (mark != null && format instanceof DecimalFormat decimal) {
            decimal.setNegativePrefix(mark + decimal.getPositivePrefix());
            decimal.setNegativeSuffix(decimal.getPositiveSuffix());
        }
    }

    /** A quantity or percentage: as many decimals as it has (up to four), grouped as the locale does. */
    public String formatNumber(BigDecimal number) {
        NumberFormat format = numberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        return withoutDirectionMarks(format.format(number.stripTrailingZeros()));
    }

    /** The currency's symbol in this locale, e.g. {@code €} or {@code ￥}. */
    public String symbol() {
        return currency.getSymbol(locale);
    }

    /**
     * A spreadsheet number format for this currency: grouping, the currency's decimals and its
     * symbol, negatives in parentheses-free minus form. Excel and LibreOffice both read it.
     */
    public String spreadsheetPattern() {
        String decimals = scale == 0 ? "" : "." + "0".repeat(scale);
        String symbol = "[$" + symbol() + "]";
        boolean symbolAfter = symbolFollowsAmount();
        String number = "#,##0" + decimals;
        String minus = negatives == Negatives.TRIANGLE ? "\"" + negatives.mark() + "\"" : "-";
        return symbolAfter ? number + " " + symbol + ";" + minus + number + " " + symbol
                : symbol + number + ";" + minus + symbol + number;
    }

    private boolean symbolFollowsAmount() {
        NumberFormat format = currencyInstance(locale);
        format.setCurrency(currency);
        String sample = format.format(1);
        return !sample.startsWith(symbol()) && !sample.startsWith("-") && Character.isDigit(sample.charAt(0));
    }

    /**
     * Right-to-left locales wrap figures in invisible direction marks; the documents are written
     * left to right, and their fonts have no glyph for the marks.
     */
    private static String withoutDirectionMarks(String text) {
        return DIRECTION_MARKS.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern DIRECTION_MARKS =
            java.util.regex.Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private void configure(NumberFormat format) {
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setGroupingUsed(true);
        if (format instanceof DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrency(currency);
            decimal.setDecimalFormatSymbols(symbols);
        }
    }

    private BigDecimal checkScale(BigDecimal amount) {
        Preconditions.checkNotNull(amount, "amount");
        Preconditions.checkArgument(amount.stripTrailingZeros().scale() <= scale,
                "amount %s has more decimals than %s allows; round it with RoundingPolicy first", amount, currency);
        return amount;
    }

    /**
     * Looking a locale's formats up is most of the cost of formatting one figure (a document of
     * 100,000 items formats about a million): each locale's is looked up once, and copied for each use.
     */
    private static final java.util.Map<Locale, NumberFormat> NUMBER_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Locale, NumberFormat> CURRENCY_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A fresh copy of {@link NumberFormat#getNumberInstance(Locale)}, free to configure. */
    private static NumberFormat numberInstance(Locale locale) {
        return (NumberFormat) NUMBER_FORMATS.computeIfAbsent(locale, NumberFormat::getNumberInstance).clone();
    }

    /** A fresh copy of {@link NumberFormat#getCurrencyInstance(Locale)}, free to configure. */
    private static NumberFormat currencyInstance(Locale locale) {
        return (NumberFormat) CURRENCY_FORMATS.computeIfAbsent(locale, NumberFormat::getCurrencyInstance).clone();
    }
}
