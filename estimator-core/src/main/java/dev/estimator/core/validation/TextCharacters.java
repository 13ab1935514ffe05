package dev.estimator.core.validation;

/**
 * Characters a text in an estimate may not hold: control characters (other than tab and line
 * breaks) and lone surrogates. No document can show them, and the workbook's file format cannot
 * even store them, so they are refused with their position instead of turning into "?" later.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** Why {@code text} cannot be shown, or {@code null} when every character is fine. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                continue; // the usual case first: printable ASCII
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "the text holds half of a character (" + code(c) + ", a lone surrogate) at position "
                        + (i + 1) + "; it is not text any document can show: retype that part";
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "the text holds an invisible control character (" + code(c) + ") at position " + (i + 1)
                        + "; documents cannot show it: remove it";
            }
        }
        return null;
    }

    private static String code(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }
}
