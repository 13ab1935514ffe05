package dev.estimator.export.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * A {@code .properties} bundle of this module in one language, with no fallback to the JVM's
 * default locale: the most specific file wins, key by key, down to the base file. It reads the
 * files itself because a named module may not pass a {@code ResourceBundle.Control} to
 * {@code getBundle}, and the default lookup would fall back to the default locale (an Italian
 * machine would print an English estimate's words in Italian).
 */
final class LocalizedProperties extends ResourceBundle {

    private final Map<String, Object> entries;

    private LocalizedProperties(Map<String, Object> entries) {
        this.entries = entries;
    }

    /**
     * The bundle {@code baseName} (e.g. {@code dev.estimator.export.format.vocabulary}) for
     * {@code locale}.
     *
     * @throws MissingResourceException when not even the base file exists
     */
    static ResourceBundle load(String baseName, Locale locale) {
        Map<String, Object> entries = new HashMap<>();
        boolean found = false;
        List<String> suffixes = suffixes(locale);
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            String path = "/" + baseName.replace('.', '/') + suffixes.get(i) + ".properties";
            try (InputStream in = LocalizedProperties.class.getResourceAsStream(path)) {
                if (in != null) {
                    PropertyResourceBundle file = new PropertyResourceBundle(in);
                    file.keySet().forEach(key -> entries.put(key, file.getObject(key)));
                    found = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        if (!found) {
            throw new MissingResourceException("no bundle " + baseName, baseName, "");
        }
        return new LocalizedProperties(Map.copyOf(entries));
    }

    /** "_ja_JP", "_ja", "" for ja-JP: most specific first. */
    private static List<String> suffixes(Locale locale) {
        List<String> out = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            out.add("_" + locale.getLanguage() + "_" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            out.add("_" + locale.getLanguage());
        }
        out.add("");
        return out;
    }

    @Override
    protected Object handleGetObject(String key) {
        return entries.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(entries.keySet());
    }
}
