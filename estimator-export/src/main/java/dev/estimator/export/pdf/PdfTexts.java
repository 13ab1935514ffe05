package dev.estimator.export.pdf;

import dev.estimator.export.format.Vocabulary;
import dev.estimator.core.model.Named;
import java.text.MessageFormat;
import java.util.Locale;
import dev.estimator.export.format.DocumentTexts;

/**
 * Every fixed text of the PDF in the estimate's language: the PDF's own sentences and headings
 * from the {@code messages} bundles of this package, and the shared words (labels, names of the
 * model's choices) from {@link Vocabulary}. Patterns always go through {@link MessageFormat}, so
 * a literal apostrophe in a bundle is written {@code ''} (Italian uses the typographic {@code ’}).
 */
final class PdfTexts {

    private final DocumentTexts texts;

    private PdfTexts(String language) {
        this.texts = DocumentTexts.of("dev.estimator.export.pdf.messages", "PDF", language);
    }

    static PdfTexts forLanguage(String language) {
        return new PdfTexts(language);
    }

    Locale locale() {
        return texts.locale();
    }

    /** A text of the PDF's own bundle, with {@code args} filled in. */
    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A shared label from the vocabulary, e.g. {@code label("total")}. */
    String label(String name, Object... args) {
        return texts.vocabulary().text("label." + name, args);
    }

    /** The word for a model choice. */
    String name(Named choice) {
        return texts.vocabulary().name(choice);
    }

    /** A unit as it reads after {@code quantity} ("1 piece", "2 pieces"). */
    String unit(dev.estimator.core.model.Unit unit, java.math.BigDecimal quantity) {
        return texts.vocabulary().unit(unit, quantity);
    }
}
