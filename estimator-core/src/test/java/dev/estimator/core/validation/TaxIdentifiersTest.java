package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifier formats, with real and fictitious numbers whose check digits were worked by hand. */
class TaxIdentifiersTest {

    /**
     * Real corporate numbers, published by the National Tax Agency's 法人番号公表サイト and cited
     * with their check digit worked out: 国税庁 (7000012050002), 株式会社FoundingBase
     * (4011001098993), 2120901007402; and the ordinance's worked example 7123456789012
     * (Σ = 74, 74 mod 9 = 2, 9 − 2 = 7). T9010401234567 and T2011101088888 are fictitious.
     */
    @ParameterizedTest
    @ValueSource(strings = {"T7000012050002", "T4011001098993", "T2120901007402", "T7123456789012",
            "T9010401234567", "T2011101088888", "T 7000-0120-5000-2", "t7000012050002"})
    void validJapaneseRegistrationNumbers(String number) {
        assertNull(TaxIdentifiers.japaneseRegistrationProblem(number));
    }

    /** T4011001098939 swaps the last two digits of a real number: weights 2·9 + 1·3 become 2·3 + 1·9, Σ mod 9 from 5 to 8, check 1. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            T8000012050002 | 'T8000012050002' is not a valid registration number (登録番号): its check digit (the digit after T) is 8, but the other 12 digits give 7
            T4011001098939 | 'T4011001098939' is not a valid registration number (登録番号): its check digit (the digit after T) is 4, but the other 12 digits give 1
            7000012050002  | '7000012050002' is not a registration number (登録番号): write T and 13 digits, e.g. T1234567890123
            T700001205000  | 'T700001205000' is not a registration number (登録番号): write T and 13 digits, e.g. T1234567890123
            """)
    void invalidJapaneseRegistrationNumbers(String number, String problem) {
        assertEquals(problem, TaxIdentifiers.japaneseRegistrationProblem(number));
    }

    @ParameterizedTest
    @CsvSource({"0000012050002, 7", "000012050002, 7", "011001098993, 4", "123456789012, 7"})
    void corporateCheckDigitWorkedByHand(String digits, int check) {
        // The 12 base digits, the first of a 13-digit input being dropped.
        String base = digits.length() == 13 ? digits.substring(1) : digits;
        assertEquals(check, TaxIdentifiers.corporateCheckDigit(base));
    }

    /**
     * 12345678903: odd places 1+3+5+7+9 = 25, even places doubled 4, 8, 12→3, 16→7, 0 → 22;
     * 47 → check (10 − 7) mod 10 = 3. 00743110157 is a real P.IVA quoted in public examples.
     */
    @ParameterizedTest
    @ValueSource(strings = {"12345678903", "IT12345678903", "IT 123 456 789 03", "00743110157", "02123456788"})
    void validItalianVatNumbers(String number) {
        assertNull(TaxIdentifiers.italianVatProblem(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12345678904  | '12345678904' is not a valid partita IVA: its last digit is 4, but the first 10 digits give 3 (a digit is likely mistyped)
            IT00743110158 | 'IT00743110158' is not a valid partita IVA: its last digit is 8, but the first 10 digits give 7 (a digit is likely mistyped)
            1234567890   | '1234567890' is not a partita IVA: it has 11 digits (IT may come first), e.g. IT12345678903
            """)
    void invalidItalianVatNumbers(String number, String problem) {
        assertEquals(problem, TaxIdentifiers.italianVatProblem(number));
    }

    /** RSSMRA85T10A562S: odd-place values 8+1+1+4+13+18+0+1+... sum 148, 148 mod 26 = 18 → S. */
    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "rssmra85t10a562s", "BNCGVN80A01L219B", "12345678903"})
    void validFiscalCodes(String code) {
        assertNull(TaxIdentifiers.italianFiscalCodeProblem(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RSSMRA85T10A562T | 'RSSMRA85T10A562T' is not a valid codice fiscale: its control letter is T, but the first 15 characters give S
            RSSMRA85Z10A562S | 'RSSMRA85Z10A562S' is not a codice fiscale: it is 16 letters and digits for a person (e.g. RSSMRA85T10A562S) or 11 digits for a company
            12345678904      | '12345678904' is not a valid codice fiscale: a company's is its 11-digit number, and the last digit does not check
            """)
    void invalidFiscalCodes(String code, String problem) {
        assertEquals(problem, TaxIdentifiers.italianFiscalCodeProblem(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATU12345678", "BE0123456789", "BG123456789", "CY12345678X", "CZ12345678", "DE123456789",
            "DK12345678", "EE123456789", "EL123456789", "ESX1234567X", "FI12345678", "FRXX123456789", "HR12345678901",
            "HU12345678", "IE6388047V", "IE1234567WA", "IT12345678903", "LT123456789", "LU12345678", "LV12345678901",
            "MT12345678", "NL123456789B01", "PL1234567890", "PT123456789", "RO1234", "SE123456789001", "SI12345678",
            "SK1234567890", "XI123456789", "GB123456789", "GB 123 4567 89", "CHE-123.456.789"})
    void wellFormedVatIds(String id) {
        assertNull(TaxIdentifiers.vatIdProblem(id), id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DE12345678     | 'DE12345678' is not a DE VAT id: after DE it has 9 digits
            ATX12345678    | 'ATX12345678' is not a AT VAT id: after AT it has U and 8 digits
            NL123456789A01 | 'NL123456789A01' is not a NL VAT id: after NL it has 9 digits, B and 2 digits
            IE63880470     | 'IE63880470' is not a IE VAT id: after IE it has 7 digits and 1 or 2 letters
            GR123456789    | 'GR123456789': Greek VAT ids start with EL, not GR
            IT12345678904  | 'IT12345678904' is not a valid partita IVA: its last digit is 4, but the first 10 digits give 3 (a digit is likely mistyped)
            """)
    void malformedVatIds(String id, String problem) {
        assertEquals(problem, TaxIdentifiers.vatIdProblem(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE1234567890", "SE123456789012", "FR1234567890"})
    void wrongLengthsAreCaught(String id) {
        assertNotNull(TaxIdentifiers.vatIdProblem(id));
    }
}
