package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Audience;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a renderer puts around the content: running headers, metadata, the document's language.
 *
 * @param language       the estimate's language tag ({@code en}, {@code it}, {@code ja}), for {@code lang} attributes
 * @param locale         the locale its figures and dates are formatted in
 * @param title          the estimate's title
 * @param revisionLabel  e.g. "Revision 2", for running headers
 * @param author         who the document is by (author and provider)
 * @param subject        one line saying what the document is and for whom
 * @param keywords       search keywords for document metadata
 * @param providerName   the provider, for footers
 * @param internalBanner the warning every page of an internal document carries; {@code null} for a client's
 * @param pageLabel      the pattern of a page number, with {0} the page and {1} the page count
 * @param issueDate      the issue date, which stands for the document's creation date (reproducible output)
 */
public record DocumentInfo(String language, Locale locale, Audience audience, String title, String revisionLabel,
                           String author, String subject, String keywords, String providerName,
                           String internalBanner, String pageLabel, LocalDate issueDate) {

    public DocumentInfo {
        Preconditions.checkNotNull(language, "language");
        Preconditions.checkNotNull(locale, "locale");
        Preconditions.checkNotNull(audience, "audience");
        Preconditions.checkNotNull(title, "title");
        Preconditions.checkArgument((audience == Audience.INTERNAL) == (internalBanner != null),
                "an internal document, and only an internal one, carries the internal banner");
    }

    public boolean isInternal() {
        return audience == Audience.INTERNAL;
    }
}
