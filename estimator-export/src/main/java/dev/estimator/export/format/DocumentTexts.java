package dev.estimator.export.format;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One document format's own texts in the estimate's language: its resource bundle (headings,
 * sentences, sheet names), beside the shared {@link Vocabulary}. Patterns go through
 * {@link MessageFormat}; a missing key is a programming error and fails at once.
 */
public final class DocumentTexts {

    private final String what;
    private final ResourceBundle bundle;
    private final Vocabulary vocabulary;

    private DocumentTexts(String bundleName, String what, String language) {
        this.what = what;
        this.vocabulary = Vocabulary.forLanguage(language == null ? "en" : language);
        this.bundle = LocalizedProperties.load(bundleName, vocabulary.locale());
    }

    /**
     * The texts of bundle {@code bundleName} for {@code language} (English when {@code null}).
     *
     * @param what names the document in error messages, e.g. "PDF"
     */
    public static DocumentTexts of(String bundleName, String what, String language) {
        return new DocumentTexts(bundleName, what, language);
    }

    public Locale locale() {
        return vocabulary.locale();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The text for {@code key} with {@code args} filled in. */
    public String text(String key, Object... args) {
        return new MessageFormat(raw(key), locale()).format(args);
    }

    /** The entry for {@code key} taken literally (number and date formats). */
    public String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + what + " text for " + key + " in " + locale(), e);
        }
    }
}
