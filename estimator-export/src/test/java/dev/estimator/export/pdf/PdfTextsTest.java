package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF's bundles: the same keys in every language, and patterns MessageFormat reads as meant. */
class PdfTextsTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** One bundle file on its own, without the parent a ResourceBundle would add. */
    private static Properties file(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PdfTextsTest.class.getResourceAsStream("/dev/estimator/export/document/messages" + suffix
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_it", "_ja"})
    void everyLanguageHasEveryText(String suffix) throws IOException {
        assertEquals(new TreeSet<>(file("").stringPropertyNames()), new TreeSet<>(file(suffix).stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_it", "_ja"})
    void noPatternLosesAnApostrophe(String suffix) throws IOException {
        Properties texts = file(suffix);
        for (String key : texts.stringPropertyNames()) {
            assertFalse(LONE_APOSTROPHE.matcher(texts.getProperty(key)).find(),
                    "messages" + suffix + " " + key + ": write ' as '' or use the typographic \u2019");
        }
    }
}
