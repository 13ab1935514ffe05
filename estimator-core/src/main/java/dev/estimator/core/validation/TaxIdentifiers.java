package dev.estimator.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The formats of the tax and company identifiers a quote prints: the Japanese qualified-invoice
 * registration number (登録番号), the Italian P.IVA and codice fiscale, and VAT ids of the EU
 * member states, Northern Ireland (XI) and the United Kingdom (GB). Each check gives the problem in
 * plain words, or {@code null} when the value is well formed. Spaces, dots and hyphens, which
 * people write to group digits, are ignored.
 */
public final class TaxIdentifiers {

    /**
     * The VAT number after the country prefix, by prefix: the forms the EU's VIES service accepts
     * (Greece is EL, not GR), plus GB and XI (UK and Northern Ireland: 9 or 12 digits, or a
     * government department or health authority).
     */
    private static final Map<String, VatForm> VAT_FORMS = Map.ofEntries(
            vat("AT", "U\\d{8}", "U and 8 digits"),
            vat("BE", "[01]\\d{9}", "10 digits starting with 0 or 1"),
            vat("BG", "\\d{9,10}", "9 or 10 digits"),
            vat("CY", "\\d{8}[A-Z]", "8 digits and a letter"),
            vat("CZ", "\\d{8,10}", "8 to 10 digits"),
            vat("DE", "\\d{9}", "9 digits"),
            vat("DK", "\\d{8}", "8 digits"),
            vat("EE", "\\d{9}", "9 digits"),
            vat("EL", "\\d{9}", "9 digits"),
            vat("ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "9 characters: a letter or digit, 7 digits, a letter or digit"),
            vat("FI", "\\d{8}", "8 digits"),
            vat("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", "2 letters or digits and 9 digits"),
            vat("HR", "\\d{11}", "11 digits"),
            vat("HU", "\\d{8}", "8 digits"),
            vat("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "7 digits and 1 or 2 letters"),
            vat("IT", "\\d{11}", "11 digits"),
            vat("LT", "\\d{9}|\\d{12}", "9 or 12 digits"),
            vat("LU", "\\d{8}", "8 digits"),
            vat("LV", "\\d{11}", "11 digits"),
            vat("MT", "\\d{8}", "8 digits"),
            vat("NL", "\\d{9}B\\d{2}", "9 digits, B and 2 digits"),
            vat("PL", "\\d{10}", "10 digits"),
            vat("PT", "\\d{9}", "9 digits"),
            vat("RO", "[1-9]\\d{1,9}", "2 to 10 digits"),
            vat("SE", "\\d{10}01", "12 digits ending in 01"),
            vat("SI", "\\d{8}", "8 digits"),
            vat("SK", "\\d{10}", "10 digits"),
            vat("XI", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}", "9 or 12 digits"),
            vat("GB", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}", "9 or 12 digits"));

    private static final Pattern PERSONAL_FISCAL_CODE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** The codice fiscale's values of a character in an odd position (1st, 3rd, ...), digits then letters. */
    private static final int[] FISCAL_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23};

    private record VatForm(Pattern pattern, String description) {
    }

    private static Map.Entry<String, VatForm> vat(String prefix, String regex, String description) {
        return Map.entry(prefix, new VatForm(Pattern.compile(regex), description));
    }

    private TaxIdentifiers() {
    }

    /** {@code value} without the spaces, dots and hyphens that group its characters, in capitals. */
    public static String compact(String value) {
        return value.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether {@code value} is written like a Japanese registration number (T followed by digits). */
    public static boolean looksLikeJapaneseRegistration(String value) {
        return compact(value).matches("T\\d+");
    }

    /**
     * A Japanese qualified-invoice registration number (適格請求書発行事業者登録番号): T and a
     * 13-digit corporate number whose first digit checks the other 12, as the Ministry of Finance
     * ordinance No. 70 of 2014 defines: 9 − (Σ digit × weight mod 9), counting the 12 base digits
     * from the right with weights 1, 2, 1, 2, ...
     */
    public static String japaneseRegistrationProblem(String value) {
        String compact = compact(value);
        if (!compact.matches("T\\d{13}")) {
            return "'" + value + "' is not a registration number (登録番号): write T and 13 digits, e.g. T1234567890123";
        }
        int expected = corporateCheckDigit(compact.substring(2));
        int given = compact.charAt(1) - '0';
        if (given != expected) {
            return "'" + value + "' is not a valid registration number (登録番号): its check digit (the digit after T) is "
                    + given + ", but the other 12 digits give " + expected;
        }
        return null;
    }

    /** The check digit of a Japanese corporate number's 12 base digits. */
    static int corporateCheckDigit(String base12) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base12.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** An Italian partita IVA: 11 digits, the last one a Luhn check digit over the first 10. */
    public static String italianVatProblem(String value) {
        String compact = compact(value);
        if (compact.startsWith("IT")) {
            compact = compact.substring(2);
        }
        if (!compact.matches("\\d{11}")) {
            return "'" + value + "' is not a partita IVA: it has 11 digits (IT may come first), e.g. IT12345678903";
        }
        int expected = italianCheckDigit(compact);
        if (compact.charAt(10) - '0' != expected) {
            return "'" + value + "' is not a valid partita IVA: its last digit is " + compact.charAt(10)
                    + ", but the first 10 digits give " + expected + " (a digit is likely mistyped)";
        }
        return null;
    }

    /** The check digit of an 11-digit Italian number (P.IVA, a company's codice fiscale). */
    static int italianCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * An Italian codice fiscale: 11 digits for a company (checked like a P.IVA), or 16 characters
     * for a person, the last a control letter over the first 15.
     */
    public static String italianFiscalCodeProblem(String value) {
        String compact = compact(value);
        if (compact.matches("\\d{11}")) {
            return italianVatProblem(compact) == null ? null : "'" + value
                    + "' is not a valid codice fiscale: a company's is its 11-digit number, and the last digit does not check";
        }
        if (!PERSONAL_FISCAL_CODE.matcher(compact).matches()) {
            return "'" + value + "' is not a codice fiscale: it is 16 letters and digits for a person "
                    + "(e.g. RSSMRA85T10A562S) or 11 digits for a company";
        }
        char expected = fiscalControlLetter(compact);
        if (compact.charAt(15) != expected) {
            return "'" + value + "' is not a valid codice fiscale: its control letter is " + compact.charAt(15)
                    + ", but the first 15 characters give " + expected;
        }
        return null;
    }

    static char fiscalControlLetter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? FISCAL_ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /**
     * A VAT id with a country prefix: checked by prefix and length for the EU member states, XI
     * and GB, and by check digit for Italy. A value with another prefix is not checked.
     */
    public static String vatIdProblem(String value) {
        String compact = compact(value);
        if (compact.length() < 2 || !Character.isLetter(compact.charAt(0)) || !Character.isLetter(compact.charAt(1))) {
            return null;
        }
        String prefix = compact.substring(0, 2);
        if (prefix.equals("GR")) {
            return "'" + value + "': Greek VAT ids start with EL, not GR";
        }
        VatForm form = VAT_FORMS.get(prefix);
        if (form == null) {
            return null;
        }
        if (!form.pattern().matcher(compact.substring(2)).matches()) {
            return "'" + value + "' is not a " + prefix + " VAT id: after " + prefix + " it has " + form.description();
        }
        return prefix.equals("IT") ? italianVatProblem(compact) : null;
    }

    /** Whether {@code value} starts with a VAT prefix this class knows (an EU state, XI or GB). */
    public static boolean hasKnownVatPrefix(String value) {
        String compact = compact(value);
        return compact.length() >= 2 && (VAT_FORMS.containsKey(compact.substring(0, 2)) || compact.startsWith("GR"));
    }
}
