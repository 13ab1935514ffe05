package dev.estimator.export.xlsx;

import dev.estimator.core.model.Named;
import dev.estimator.export.format.Vocabulary;
import java.util.Locale;
import dev.estimator.export.format.DocumentTexts;

/**
 * The workbook's words in the estimate's language: the shared {@link Vocabulary} for the model's
 * choices and common labels, and this package's {@code workbook} bundles for sheet names, titles
 * and the labels only a workbook needs. A missing key is a programming error and fails at once.
 */
final class WorkbookText {

    private final DocumentTexts texts;

    private WorkbookText(String language) {
        this.texts = DocumentTexts.of("dev.estimator.export.xlsx.workbook", "workbook", language);
    }

    static WorkbookText forLanguage(String language) {
        return new WorkbookText(language);
    }

    Locale locale() {
        return texts.locale();
    }

    /** The word for a model choice, e.g. "Labour". */
    String name(Named choice) {
        return texts.vocabulary().name(choice);
    }

    /** An item's unit for the unit column: its own unit's plural, else the standard unit's name. */
    String unitName(dev.estimator.core.model.LineItem item) {
        return texts.vocabulary().unitName(item);
    }

    /** A shared label such as {@code label.total}. */
    String label(String key, Object... args) {
        return texts.vocabulary().text(key, args);
    }

    /** A workbook text such as {@code sheet.summary}, with {@code args} filled in. */
    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A workbook entry taken literally: number and date formats. */
    String raw(String key) {
        return texts.raw(key);
    }
}
