package dev.estimator.export.pdf;

import dev.estimator.export.format.Vocabulary;
import dev.estimator.core.model.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every fixed text of the PDF in the estimate's language: the PDF's own sentences and headings
 * from the {@code messages} bundles of this package, and the shared words (labels, names of the
 * model's choices) from {@link Vocabulary}. Patterns always go through {@link MessageFormat}, so
 * a literal apostrophe in a bundle is written {@code ''} (Italian uses the typographic {@code ’}).
 */
final class PdfTexts {

    private static final String BUNDLE = "dev.estimator.export.pdf.messages";
    private final ResourceBundle bundle;
    private final Vocabulary vocabulary;
    private final Locale locale;

    private PdfTexts(String language) {
        this.vocabulary = Vocabulary.forLanguage(language);
        this.locale = vocabulary.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static PdfTexts forLanguage(String language) {
        return new PdfTexts(language == null ? "en" : language);
    }

    Locale locale() {
        return locale;
    }

    /** A text of the PDF's own bundle, with {@code args} filled in. */
    String text(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no PDF text for " + key + " in " + locale, e);
        }
    }

    /** A shared label from the vocabulary, e.g. {@code label("total")}. */
    String label(String name, Object... args) {
        return vocabulary.text("label." + name, args);
    }

    /** The word for a model choice. */
    String name(Named choice) {
        return vocabulary.name(choice);
    }

    /** A unit as it reads after {@code quantity} ("1 piece", "2 pieces"). */
    String unit(dev.estimator.core.model.Unit unit, java.math.BigDecimal quantity) {
        return vocabulary.unit(unit, quantity);
    }
}
