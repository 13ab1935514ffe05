package dev.estimator.core.validation;

import dev.estimator.core.model.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Warnings about the free {@code terms}: a line that contradicts how the documents show the figures.
 * The documents show every line and the net price before tax, and the grand total including it.
 * So, with a tax, a line saying flatly that the prices exclude it ("IVA esclusa", "excluding VAT",
 * "税抜") contradicts the total, and one saying they include it contradicts the lines; without a tax,
 * a line saying the prices include one contradicts them all. A line that also says which figures it
 * means (the total, the lines, an amount it quotes, "unless stated", 「合計」, "salvo …", 「御見積金額」) is taken as
 * consistent. Phrases
 * are recognised in English, Italian and Japanese, whatever the document's language; the words for
 * the tax are the estimate's own tax name and VAT, IVA, GST, tax and 消費税.
 */
final class TermsChecks {

    private static final String GENERIC_TAX = "vat|iva|gst|tax|消費税";
    private static final String EXCLUDING = String.join("|",
            "\\b(?:excluding|excludes?|excl\\.?|net of|plus|before|ex\\.?)\\s+(?:the\\s+)?(?:%1$s)\\b",
            "\\b(?:%1$s)\\s+(?:excluded|not included|extra)\\b",
            "\\b(?:%1$s)\\s+escl(?:us[aeoi]|\\.)?(?![a-z])",
            "\\b(?:esclus[aeoi]|al netto dell['’]?|oltre(?: a)?(?: l['’])?|più)\\s*(?:%1$s)\\b",
            "税抜|税別|(?:%1$s)(?:は|を)?含(?:まず|まない|みません|まれません|まれていません)|別途(?:%1$s)");
    private static final String INCLUDING = String.join("|",
            "\\b(?:including|includes?|incl\\.?|inclusive of)\\s+(?:the\\s+)?(?:%1$s)\\b",
            "\\b(?:%1$s)\\s+(?:included|inclusive)\\b",
            "\\b(?:%1$s)\\s+(?:inclus[aeoi]|compres[aeoi])\\b",
            "\\b(?:inclus[aeoi]|compres[aeoi])\\s+(?:l['’])?(?:%1$s)\\b",
            "税込|(?:%1$s)込|(?:%1$s)を含(?:む|み|めた)");
    /**
     * Words that say which figures a line means, so that it does not speak of every price at once: the
     * total or the lines, an exception, or an amount it quotes ("€110.11 a month, VAT included").
     */
    private static final Pattern QUALIFIED = Pattern.compile(String.join("|",
            "\\b(?:unless|except|where stated|line|lines|each item|totals?)\\b",
            "[€$£¥￥]\\s?\\d", "\\d[\\d.,]*\\s?(?:eur|usd|gbp|chf|jpy|kwd)\\b", "\\d[\\d.,]*円",
            "\\b(?:salvo|tranne|singole voci|totale|totali)\\b",
            "合計|総額|見積金額|特記|明細|各項目"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TermsChecks() {
    }

    static List<Finding> check(Estimate estimate) {
        List<String> terms = estimate.terms();
        if (terms == null || terms.isEmpty()) {
            return List.of();
        }
        String taxName = estimate.tax() == null ? null : estimate.tax().name();
        String taxWords = taxName == null || taxName.isBlank() ? GENERIC_TAX
                : Pattern.quote(taxName.toLowerCase(Locale.ROOT)) + "|" + GENERIC_TAX;
        Pattern excluding = Pattern.compile(EXCLUDING.formatted(taxWords), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern including = Pattern.compile(INCLUDING.formatted(taxWords), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String shownAs = taxName == null ? "tax" : taxName;
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String line = terms.get(i);
            if (line == null) {
                continue;
            }
            boolean qualified = QUALIFIED.matcher(line).find();
            String message = null;
            if (taxName == null && including.matcher(line).find()) {
                message = "this term says the prices include tax, but the estimate charges none (it has no tax): "
                        + "remove the claim or add the tax";
            } else if (taxName != null && !qualified && excluding.matcher(line).find()) {
                message = "this term says the prices exclude " + shownAs + ", but the documents show the grand total "
                        + "including it: say which figures exclude it, e.g. 'line prices exclude " + shownAs
                        + "; the total includes it'";
            } else if (taxName != null && !qualified && including.matcher(line).find()) {
                message = "this term says the prices include " + shownAs + ", but the documents show every line and "
                        + "the net price before it: say which figures include it, e.g. 'the total includes " + shownAs + "'";
            }
            if (message != null) {
                out.add(new Finding("/terms/" + i, message));
            }
        }
        return out;
    }
}
