package dev.estimator.export;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The samples, which carry the parties' full identification and an estimate number (issue 11),
 * loaded from their files; the English one also in another locale, to try each country's
 * conventions on the same document.
 */
public final class PartiesSamples {

    private PartiesSamples() {
    }

    public static Estimate italian() {
        return load("gestionale-migrazione-it.yaml", null);
    }

    public static Estimate japanese() {
        return load("mobile-app-ja.yaml", null);
    }

    /** The English sample in {@code locale} (en-IE in the file). */
    public static Estimate english(String locale) {
        return load("eshop-rebuild-en.yaml", locale);
    }

    /** {@code name} from samples/, its locale replaced by {@code locale} unless that is {@code null}. */
    public static Estimate load(String name, String locale) {
        return edited(name, text -> locale == null ? text : text.replaceFirst("(?m)^  locale: .*$", "  locale: " + locale));
    }

    /** {@code name} from samples/, its text changed by {@code edit} before it is read. */
    public static Estimate edited(String name, java.util.function.UnaryOperator<String> edit) {
        try {
            String text = edit.apply(Files.readString(Estimates.repositoryRoot().resolve("samples").resolve(name)));
            return EstimateFiles.parse(text, name, false).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
