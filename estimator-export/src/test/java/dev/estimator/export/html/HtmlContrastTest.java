package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stylesheet's colour pairs meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for the chart's bars
 * against the page. The colours are read from {@code document.css}, so a changed palette is checked.
 */
class HtmlContrastTest {

    private static final Pattern PROPERTY = Pattern.compile("--([a-z]+):\\s*(#[0-9a-fA-F]{6})");
    private static final Map<String, String> COLOURS = new HashMap<>(Map.of("white", "#ffffff"));

    @BeforeAll
    static void readPalette() throws IOException {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("document.css")) {
            Matcher property = PROPERTY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (property.find()) {
                COLOURS.put(property.group(1), property.group(2));
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "text,    white,    4.5",
        "muted,   white,    4.5",
        "muted,   stripe,   4.5",
        "primary, white,    4.5",
        "primary, stripe,   4.5",
        "white,   primary,  4.5",
        "light,   primary,  4.5",
        "white,   internal, 4.5",
        "internal, white,   4.5",
        "accent,  white,    3",
    })
    void contrastIsEnough(String foreground, String background, double minimum) {
        double ratio = ratio(colour(foreground), colour(background));
        assertTrue(ratio >= minimum, foreground + " on " + background + ": " + ratio + " < " + minimum);
    }

    private static String colour(String name) {
        String colour = COLOURS.get(name);
        assertTrue(colour != null, "no colour --" + name + " in the stylesheet");
        return colour;
    }

    private static double ratio(String a, String b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
