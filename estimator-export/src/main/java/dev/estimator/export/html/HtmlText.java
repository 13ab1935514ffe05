package dev.estimator.export.html;

/**
 * Escapes model texts for HTML and CSS. Every text of the model passes through here, so no
 * character of an estimate can end an element, an attribute or a style rule.
 */
final class HtmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private HtmlText() {
    }

    /** {@code text} for element content or a double-quoted attribute value; line breaks stay line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normal = lines(text);
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(allowed(normal, i) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /** A signed figure at the start of a word ("+€2,600.00", "−¥3,092,067"): its sign and figure stay on one line. */
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("(?<![^\\s(])[+\u2212\u25B2][^\\s]+");

    /**
     * {@code text} for element content, each line break a {@code <br>}, and each signed figure in
     * a {@code nowrap} span: a browser may otherwise break a line between "+" and "€2,600.00".
     */
    static String withBreaks(String text) {
        return SIGNED.matcher(escape(text)).replaceAll("<span class=\"nowrap\">$0</span>").replace("\n", "<br>");
    }

    /** A hyphenated number, phone number, address or e-mail ("1-10-5", "mirai-digital.example"), as the PDF keeps it. */
    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("[\\p{IsLatin}\\p{Nd}@.]+(?:-[\\p{IsLatin}\\p{Nd}@.]+)+");

    /**
     * Escaped {@code text} with each hyphenated token in a {@code nowrap} span: browsers break
     * after a hyphen. For the letterhead's addresses, phone numbers and e-mails; running text keeps
     * its ordinary hyphenated words breakable.
     */
    static String keepHyphenated(String escaped) {
        return HYPHENATED.matcher(escaped).replaceAll("<span class=\"nowrap\">$0</span>");
    }

    /**
     * {@code text} as a CSS string literal in double quotes, for {@code content:}. Escaped by code
     * point, so that neither a quote nor {@code </style>} can end it.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        String normal = lines(text);
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7F) {
                out.append('\\').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(' ');
            } else {
                out.append(allowed(normal, i) ? c : REPLACEMENT);
            }
        }
        return out.append('"').toString();
    }

    /** Line breaks as LF only, so that the file has one kind of line ending. */
    private static String lines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether the char at {@code i} may appear in an HTML document (no controls, no lone surrogates). */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        if (c == '\n' || c == '\t') {
            return true;
        }
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        return !control && c != '\uFFFE' && c != '\uFFFF';
    }
}
