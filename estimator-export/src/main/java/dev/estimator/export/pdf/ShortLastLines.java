package dev.estimator.export.pdf;

import java.util.function.ToIntFunction;

/**
 * Japanese typesetting never ends a paragraph on a line of one or two characters (a lone 「す。」):
 * it pulls a few characters of the line above down. Given how many lines a text takes, this finds
 * such a paragraph and puts a line break a few characters earlier, at a point where kinsoku allows
 * a break ({@link JapaneseLineBreaks}) and never inside a Latin word or a number.
 */
final class ShortLastLines {

    /** The fewest characters a paragraph's last line may hold. */
    static final int MIN_LAST_LINE = 3;
    /** How many characters the last line takes after the pull: a little more than the minimum, so it reads as a line. */
    private static final int PULLED = 5;
    /** How far back to look for a point where a break is allowed. */
    private static final int SEARCH = 16;

    private ShortLastLines() {
    }

    /**
     * {@code text} with a line break added before its last few characters when its last line
     * would hold fewer than {@link #MIN_LAST_LINE}; unchanged otherwise.
     *
     * @param lines how many lines a text takes when set
     */
    static String balance(String text, ToIntFunction<String> lines) {
        int start = text.lastIndexOf('\n') + 1;   // only the last paragraph of the text ends it
        int[] cps = text.substring(start).codePoints().toArray();
        if (cps.length < PULLED + MIN_LAST_LINE + 2) {
            return text;
        }
        int count = lines.applyAsInt(text);
        if (count < 2 || lines.applyAsInt(prefix(text, start, cps, cps.length - (MIN_LAST_LINE - 1))) == count) {
            return text;   // one line, or the last line holds at least the minimum
        }
        for (int at = cps.length - PULLED; at > cps.length - PULLED - SEARCH && at > 1; at--) {
            if (breakable(cps, at)) {
                String balanced = prefix(text, start, cps, at) + "\n" + new String(cps, at, cps.length - at);
                if (lines.applyAsInt(balanced) == count) {
                    return balanced;
                }
                return text;   // pulling down would add a line: leave it
            }
        }
        return text;
    }

    private static String prefix(String text, int start, int[] cps, int length) {
        return text.substring(0, start) + new String(cps, 0, length);
    }

    /** Whether a line may break between {@code cps[at - 1]} and {@code cps[at]}. */
    static boolean breakable(int[] cps, int at) {
        int before = cps[at - 1];
        int after = cps[at];
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;   // a space is a break of its own; leave those to the line breaker
        }
        if (JapaneseLineBreaks.mayNotStart(after) || JapaneseLineBreaks.mayNotEnd(before)) {
            return false;
        }
        return JapaneseLineBreaks.isJapanese(before) || JapaneseLineBreaks.isJapanese(after);
    }
}
