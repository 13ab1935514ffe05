package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * What the estimate is, for whom, by whom, in which currency and language, and how mature.
 *
 * @param language the language of the documents (e.g. {@code en}, {@code it}, {@code ja})
 * @param locale   how numbers and dates are written; defaults to the language
 * @param estimateClass 1 (check estimate) to 5 (concept screening), as in AACE 18R-97
 * @param accuracy an override of the class's default accuracy range, or {@code null}
 * @param reference the estimate number (見積番号, "Preventivo n."), printed on every page
 */
public record Header(
        @NotBlank(message = "the estimate needs a title") String title,
        String purpose,
        @NotNull(message = "say who the estimate is for") @Valid Client client,
        @NotNull(message = "say who provides the work") @Valid Party provider,
        String author,
        @NotNull(message = "the currency is required, as an ISO 4217 code such as EUR") Currency currency,
        @NotBlank(message = "the language is required, e.g. en, it or ja") String language,
        Locale locale,
        @NotNull(message = "the issue date is required") LocalDate issueDate,
        LocalDate validUntil,
        @NotNull @Valid Revision revision,
        @NotNull(message = "the estimate class (1 to 5) is required")
        @Min(value = 1, message = "the estimate class is 1 to 5") @Max(value = 5, message = "the estimate class is 1 to 5")
        Integer estimateClass,
        @Valid AccuracyRange accuracy,
        String reference) {

    /** A header without an estimate number. */
    public Header(String title, String purpose, Client client, Party provider, String author, Currency currency,
                  String language, Locale locale, LocalDate issueDate, LocalDate validUntil, Revision revision,
                  Integer estimateClass, AccuracyRange accuracy) {
        this(title, purpose, client, provider, author, currency, language, locale, issueDate, validUntil, revision,
                estimateClass, accuracy, null);
    }

    /** The locale to format numbers and dates in: the stated one, else the language's. */
    public Locale effectiveLocale() {
        if (locale != null) {
            return locale;
        }
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** The accuracy range shown to the client: the override, else the class's default. */
    public AccuracyRange effectiveAccuracy() {
        if (accuracy != null) {
            return accuracy;
        }
        return AccuracyRange.forClass(estimateClass == null ? 5 : estimateClass);
    }

    public Header withRevision(Revision newRevision) {
        return new Header(title, purpose, client, provider, author, currency, language, locale,
                issueDate, validUntil, newRevision, estimateClass, accuracy, reference);
    }
}
