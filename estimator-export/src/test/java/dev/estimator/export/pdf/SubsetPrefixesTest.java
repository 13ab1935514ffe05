package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Subset tags become reproducible however the PDF's bytes arrive, and nothing else changes. */
class SubsetPrefixesTest {

    /** A PDF-like text with the tags where a 64 KiB chunk of the stream ends. */
    private static byte[] sample() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i += 1000) {
            text.append("x".repeat(1000 - 40 - (i % 7)));
            text.append(i / 1000 % 2 == 0 ? "/BaseFont/QWERTY+LiberationSans-Bold\n" : "/FontName /ZXCVBN+IPAexGothic>>");
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void tagsAreReplacedAlikeWhetherWrittenWholeOrInPieces() throws IOException {
        byte[] pdf = sample();
        byte[] whole = SubsetPrefixes.stabilise(pdf);
        for (int piece : new int[] {1, 7, 4093, 65_536, 70_000}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream stream = SubsetPrefixes.stabilising(out)) {
                for (int at = 0; at < pdf.length; at += piece) {
                    stream.write(pdf, at, Math.min(piece, pdf.length - at));
                }
            }
            assertArrayEquals(whole, out.toByteArray(), "pieces of " + piece);
        }
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        assertEquals(pdf.length, whole.length);
        assertEquals(-1, text.indexOf("QWERTY"));
        assertEquals(-1, text.indexOf("ZXCVBN"));
        String first = text.substring(text.indexOf("/BaseFont/") + 10, text.indexOf("/BaseFont/") + 16);
        assertEquals(150, text.split("/BaseFont/" + first + "\\+LiberationSans-Bold", -1).length - 1);
    }
}
