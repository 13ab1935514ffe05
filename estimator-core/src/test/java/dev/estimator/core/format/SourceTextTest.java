package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a large file's text in chunks: characters of one to four bytes that straddle a chunk's
 * end come out whole, and a bad byte anywhere is still found and placed.
 */
class SourceTextTest {

    @TempDir
    Path dir;

    private static final String[] PIECES = {"a", "title: x\n", "é", "€", "×", "日本", "😀", "\uFFFD", " ", "\n"};

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            // Mostly ASCII, as estimates are, with other characters scattered through it.
            text.append(random.nextInt(10) < 8 ? "reasoning: plain words\n" : PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void largeTextsComeOutWhole() throws IOException, SourceText.Unreadable {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            String text = randomText(random, 70_000 + random.nextInt(200_000)).replace("\uFFFD", "");
            Path file = dir.resolve("text-" + round + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            assertEquals(text, SourceText.read(file, EstimateFiles.MAX_BYTES), "round " + round);
        }
    }

    @Test
    void aRealReplacementCharacterInALargeTextIsKept() throws IOException, SourceText.Unreadable {
        String text = randomText(new Random(8), 300_000) + "\uFFFD\n";
        Path file = dir.resolve("fffd.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals(text, SourceText.read(file, EstimateFiles.MAX_BYTES));
    }

    @Test
    void aBadByteDeepInALargeFileIsPlaced() throws IOException {
        Random random = new Random(9);
        for (int round = 0; round < 10; round++) {
            String before = randomText(random, 65_000 + random.nextInt(100_000)).replace("\uFFFD", "");
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] tail = "more text\n".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + 1 + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) 0xFF; // never valid in UTF-8
            System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
            Path file = dir.resolve("bad-" + round + ".yaml");
            Files.write(file, bytes);
            SourceText.Unreadable e = assertThrows(SourceText.Unreadable.class,
                    () -> SourceText.read(file, EstimateFiles.MAX_BYTES));
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            assertEquals(line + ":" + column, e.line + ":" + e.column, "round " + round);
            assertEquals("the file is not UTF-8 text: byte " + (head.length + 1) + " of the file is not valid UTF-8;"
                    + " save the file as UTF-8 (is it binary, or saved in another encoding such as Windows-1252?)",
                    e.getMessage());
        }
    }
}
