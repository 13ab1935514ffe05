package dev.estimator.export.pdf;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Line breaking for Japanese (kinsoku shori, simplified): OpenPDF breaks between any two CJK
 * characters, which can start a line with "。" or end one with "（". This forbids a break before
 * closing punctuation and small kana, and after opening brackets, and keeps a hyphenated number,
 * address or word whole (1-10-5, 03-5555-0123); everything else is OpenPDF's rule.
 */
final class JapaneseLineBreaks implements SplitCharacter {

    static final JapaneseLineBreaks INSTANCE = new JapaneseLineBreaks();

    /** Characters that may not start a line. */
    private static final String NO_START = "、。，．・：；？！ー…‥）〕］｝〉》」』】〙〗〟’”ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%）),.:;?!";
    /** Characters that may not end a line: opening brackets, and a currency sign or ▲, which stays with its amount. */
    private static final String NO_END = "（〔［｛〈《「『【〘〖〝‘“(￥¥＄$€£▲−";

    private JapaneseLineBreaks() {
    }

    /** Whether a line may not start with {@code c} (closing punctuation, the long-vowel mark, small kana). */
    static boolean mayNotStart(int c) {
        return NO_START.indexOf(c) >= 0;
    }

    /** Whether a line may not end with {@code c} (an opening bracket, a currency sign, ▲). */
    static boolean mayNotEnd(int c) {
        return NO_END.indexOf(c) >= 0;
    }

    /** Whether {@code c} is Japanese (kana, kanji, Japanese punctuation or full-width forms), between which lines may break. */
    static boolean isJapanese(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (NO_END.indexOf(cc[current]) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_START.indexOf(cc[current + 1]) >= 0) {
            return false;
        }
        // A hyphen inside a number, a phone number, an e-mail address or a postcode (1-10-5, mirai-digital) holds.
        if (cc[current] == '-' && current > start && current + 1 < end
                && Character.isLetterOrDigit(cc[current - 1]) && Character.isLetterOrDigit(cc[current + 1])
                && !isJapanese(cc[current - 1]) && !isJapanese(cc[current + 1])) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    }
}
