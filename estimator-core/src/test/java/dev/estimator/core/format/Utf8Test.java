package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reader's check of a file's bytes against what it replaces: the JDK's strict UTF-8
 * decoder, then a check of the decoded characters. Never laxer, or a bad byte would be read as
 * U+FFFD instead of being named to the user; never stricter, or plain files would lose the fast
 * reader.
 */
class Utf8Test {

    /** Bytes the way the fast reader saw them before: decoded strictly, then each character checked. */
    private static boolean expected(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that make the hard cases: boundaries of every sequence length, and the excluded characters. */
    private static final int[] EDGES = {0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
        0xA0, 0xA8, 0xA9, 0xBB, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE,
        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(20261207L);
        int plain = 0;
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(3) == 0 ? 'a' : EDGES[random.nextInt(EDGES.length)]);
            }
            boolean expected = expected(bytes);
            plain += expected ? 1 : 0;
            assertEquals(expected, Utf8.plain(bytes, 0, bytes.length), () -> HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
        assertTrue(plain > 10_000, "only " + plain + " random byte strings were plain: the comparison is thin");
    }

    @Test
    void agreesOnEveryCharacter() {
        // Every code point, encoded as the JDK encodes it, alone and after a plain letter.
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue; // a lone surrogate has no UTF-8 form
            }
            byte[] bytes = ("a" + Character.toString(c)).getBytes(StandardCharsets.UTF_8);
            int code = c;
            assertEquals(expected(bytes), Utf8.plain(bytes, 0, bytes.length), () -> "U+" + Integer.toHexString(code));
            assertEquals(expected(bytes), Utf8.plain(bytes, 1, bytes.length), () -> "U+" + Integer.toHexString(code));
        }
    }

    @Test
    void checksOnlyTheRangeItIsGiven() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, '\n'};
        assertFalse(Utf8.plain(bytes, 0, bytes.length), "a byte-order mark is not plain where the text starts");
        assertTrue(Utf8.plain(bytes, 3, bytes.length), "past the mark the euro sign and the rest are");
        assertFalse(Utf8.plain(bytes, 3, 8), "a euro sign cut short by the range's end is not");
    }

    @Test
    void encodesOnlyWhatHasAnEncoding() {
        assertArrayEquals("a €😀".getBytes(StandardCharsets.UTF_8), Utf8.encode("a €😀"));
        assertNull(Utf8.encode("a \uD83D b"), "a lone surrogate");
    }
}
