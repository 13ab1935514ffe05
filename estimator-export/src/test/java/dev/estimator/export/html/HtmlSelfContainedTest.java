package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page stands alone and runs nothing: no script, no event handler, no reference to anything
 * outside the file (only {@code #anchors} and {@code data:}), a content security policy that
 * forbids every load, strict UTF-8 with LF line endings, and the same bytes for the same estimate.
 */
class HtmlSelfContainedTest {

    /** Attributes that make a browser fetch or navigate. */
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("src", "href", "xlink:href", "action",
            "formaction", "srcset", "poster", "data", "background", "cite", "longdesc", "manifest", "ping", "codebase");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        return HtmlSamples.samplesByAudience();
    }

    static java.util.List<Path> sampleFiles() {
        return HtmlSamples.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nothingRunsAndNothingIsLoadedFromElsewhere(String name, Estimate estimate, Audience audience) {
        byte[] bytes = HtmlSamples.export(estimate, audience);
        Document page = HtmlSamples.parse(bytes);

        assertTrue(page.select("script, noscript, iframe, frame, object, embed, link, base, img, video, audio, source, "
                + "form, input, button, use, image, foreignObject").isEmpty(), name + ": an element that runs or loads");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                assertFalse(key.startsWith("on"), name + ": event handler " + attribute);
                if (URL_ATTRIBUTES.contains(key)) {
                    assertLocal(attribute.getValue(), name + ": " + element.tagName() + " " + key);
                }
                if (key.equals("style")) {
                    assertCssLocal(attribute.getValue(), name + ": style attribute");
                }
            }
        }
        assertEquals(1, page.select("style").size());
        String css = page.selectFirst("style").data();
        assertCssLocal(css, name + ": stylesheet");
        assertFalse(css.toLowerCase(java.util.Locale.ROOT).contains("@import"), "no imported stylesheet");
        assertFalse(css.toLowerCase(java.util.Locale.ROOT).contains("@font-face"), "fonts are the system's");

        Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:", policy.attr("content"));
        assertTrue(policy.elementSiblingIndex() <= 2, "the policy comes before anything it governs");
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        assertEquals(0, page.selectFirst("meta[charset]").elementSiblingIndex(), "the charset is declared first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theFileIsStrictUtf8WithLfLineEndings(String name, Estimate estimate, Audience audience) {
        byte[] bytes = HtmlSamples.export(estimate, audience);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + ": not UTF-8", e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.indexOf('\r') >= 0, "LF line endings only");
        assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
        assertTrue(text.startsWith("<!DOCTYPE html>\n") && text.endsWith("</html>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void theSameEstimateGivesTheSameBytes(Path sample) {
        byte[] first = HtmlSamples.export(HtmlSamples.load(sample), Audience.CLIENT);
        byte[] second = HtmlSamples.export(HtmlSamples.load(sample), Audience.CLIENT);
        assertArrayEquals(first, second);
        byte[] internal = HtmlSamples.export(HtmlSamples.load(sample), Audience.INTERNAL);
        assertArrayEquals(internal, HtmlSamples.export(HtmlSamples.load(sample), Audience.INTERNAL));
        assertFalse(Arrays.equals(first, internal));
    }

    private static void assertLocal(String url, String what) {
        String value = url.trim().toLowerCase(java.util.Locale.ROOT);
        assertTrue(value.isEmpty() || value.startsWith("#") || value.startsWith("data:"), what + " refers elsewhere: " + url);
    }

    private static void assertCssLocal(String css, String what) {
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            assertLocal(url.group(1), what + " url(...)");
        }
    }
}
