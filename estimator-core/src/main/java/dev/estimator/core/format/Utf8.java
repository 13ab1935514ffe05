package dev.estimator.core.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 as the fast reader ({@link BlockYamlReader}) takes it: checked and encoded, never repaired. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Whether bytes {@code from} to {@code to} are well-formed UTF-8 (as the JDK's strict decoder
     * takes it: no overlong form, no surrogate, nothing over U+10FFFF, no sequence cut short) of
     * characters plain block YAML may hold: no tab, carriage return or other control character,
     * no DEL or C1 control, no byte-order mark (one at the very start is skipped before), no
     * noncharacter U+FFFE or U+FFFF, and neither of Unicode's line and paragraph separators,
     * which YAML counts as line breaks. The line feed is the one control character allowed.
     */
    static boolean plain(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0x20 && b < 0x7F || b == '\n') {
                i++;
                continue;
            }
            if (b >= 0) {
                return false; // another control character, or DEL
            }
            b &= 0xFF;
            if (b < 0xC2 || b > 0xF4) {
                return false; // a continuation byte out of place, an overlong lead, or past U+10FFFF
            }
            int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            if (i + length > to) {
                return false;
            }
            int b1 = bytes[i + 1] & 0xFF;
            if ((b1 & 0xC0) != 0x80) {
                return false;
            }
            switch (length) {
                case 2 -> {
                    if (b == 0xC2 && b1 <= 0x9F) {
                        return false; // U+0080 to U+009F: C1 controls
                    }
                }
                case 3 -> {
                    int b2 = bytes[i + 2] & 0xFF;
                    if ((b2 & 0xC0) != 0x80 || b == 0xE0 && b1 < 0xA0 || b == 0xED && b1 >= 0xA0) {
                        return false; // cut short, overlong, or a surrogate
                    }
                    int c = (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                    if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
                        return false;
                    }
                }
                default -> {
                    int b2 = bytes[i + 2] & 0xFF;
                    int b3 = bytes[i + 3] & 0xFF;
                    if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || b == 0xF0 && b1 < 0x90 || b == 0xF4 && b1 >= 0x90) {
                        return false; // cut short, overlong, or past U+10FFFF
                    }
                }
            }
            i += length;
        }
        return true;
    }

    /** The UTF-8 bytes of {@code text}, or {@code null} when it holds a lone surrogate (which has none). */
    static byte[] encode(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
