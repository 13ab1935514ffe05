package dev.estimator.export.pdf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the tags of embedded font subsets ({@code ABCDEF+LiberationSans}) reproducible. OpenPDF
 * picks them at random, so two exports of the same estimate would differ; here each tag becomes
 * one derived from the font's name and the order it first appears in, which is the same on every
 * run. The tags have a fixed length of six letters, so replacing them keeps every byte offset of
 * the file (and its cross-reference table) valid. Only tags in font dictionaries
 * ({@code /BaseFont/} and {@code /FontName/}) are touched, never stream data.
 */
final class SubsetPrefixes {

    private static final Pattern TAG = Pattern.compile("/(BaseFont|FontName)\\s*/([A-Z]{6})\\+([A-Za-z0-9_.-]+)");

    private SubsetPrefixes() {
    }

    static byte[] stabilise(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            String tag = matcher.group(2);
            if (!replacements.containsKey(tag)) {
                replacements.put(tag, derived(matcher.group(3), replacements.size()));
            }
        }
        if (replacements.isEmpty()) {
            return pdf;
        }
        StringBuilder out = new StringBuilder(text.length());
        matcher.reset();
        while (matcher.find()) {
            String replaced = "/" + matcher.group(1) + text.substring(matcher.end(1), matcher.start(2))
                    + replacements.get(matcher.group(2)) + "+" + matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String derived(String fontName, int order) {
        long hash = Integer.toUnsignedLong((fontName + "#" + order).hashCode());
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.toString();
    }
}
