package dev.estimator.export.xlsx;

import dev.estimator.core.model.Named;
import dev.estimator.export.format.Vocabulary;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbook's words in the estimate's language: the shared {@link Vocabulary} for the model's
 * choices and common labels, and this package's {@code workbook} bundles for sheet names, titles
 * and the labels only a workbook needs. A missing key is a programming error and fails at once.
 */
final class WorkbookText {

    private static final String BUNDLE = "dev.estimator.export.xlsx.workbook";

    private final Vocabulary vocabulary;
    private final ResourceBundle bundle;
    private final Locale locale;

    private WorkbookText(String language) {
        this.vocabulary = Vocabulary.forLanguage(language);
        this.locale = vocabulary.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static WorkbookText forLanguage(String language) {
        return new WorkbookText(language);
    }

    Locale locale() {
        return locale;
    }

    /** The word for a model choice, e.g. "Labour". */
    String name(Named choice) {
        return vocabulary.name(choice);
    }

    /** A shared label such as {@code label.total}. */
    String label(String key, Object... args) {
        return vocabulary.text(key, args);
    }

    /** A workbook text such as {@code sheet.summary}, with {@code args} filled in. */
    String text(String key, Object... args) {
        return new MessageFormat(raw(key), locale).format(args);
    }

    /** A workbook entry taken literally: number and date formats. */
    String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no workbook text for " + key + " in " + locale, e);
        }
    }
}
