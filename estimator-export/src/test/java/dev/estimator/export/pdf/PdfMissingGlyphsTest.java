package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The glyph check over a whole estimate looks each character up once; it must name exactly the
 * characters, in the order, that checking every text on its own names.
 */
class PdfMissingGlyphsTest {

    /** Latin, Japanese, scripts the default fonts lack (Thai, Devanagari, Georgian), emoji, joiners, controls. */
    private static final String[] PIECES = {"Discovery ", "見積り", "ก", "ข", "क", "ष", "ა", "\uD83D\uDE80", "\uD83C\uDF89",
            "\u200D", "\uFE0F", "\t", "\n", "€", "é", "\u0007", "—", " "};

    @Test
    void manyTextsNameWhatEachTextAloneNames() {
        DocumentFonts fonts = DocumentFonts.of(Theme.defaultTheme(), "en");
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> texts = new ArrayList<>();
            for (int t = random.nextInt(6); t >= 0; t--) {
                StringBuilder text = new StringBuilder();
                for (int p = random.nextInt(8); p >= 0; p--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                texts.add(text.toString());
            }
            Set<String> oneByOne = new LinkedHashSet<>();
            texts.forEach(text -> oneByOne.addAll(fonts.missing(text)));
            assertEquals(List.copyOf(oneByOne), List.copyOf(fonts.missing(texts)), texts.toString());
        }
        Set<String> all = fonts.missing(List.of("Discovery ก", "見積り \uD83D\uDE80 क ก"));
        assertTrue(all.contains("ก") && all.contains("\uD83D\uDE80") && !all.contains("見"), all.toString());
    }
}
