package dev.estimator.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an estimate file's text, refusing early and in plain words what is not one: a folder,
 * a device or pipe, a file over the size cap, a binary file, text that is not UTF-8. A UTF-16
 * file (with its byte-order mark, as some Windows editors save) is read as such.
 */
final class SourceText {

    /** A file that cannot be read as text; the message is for the user. */
    static final class Unreadable extends Exception {
        final int line;
        final int column;

        Unreadable(String message) {
            this(message, 0, 0);
        }

        Unreadable(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private SourceText() {
    }

    /**
     * A file's content as read: its bytes, decoded into one text only when that is asked for. The
     * fast reader takes UTF-8 bytes as they are ({@link BlockYamlReader}); a text is needed only
     * for the full parser and to place problems.
     */
    static final class Content {
        /** Dropped once decoded: the text then holds the content. */
        private byte[] bytes;
        private final int skip;
        private final Charset charset;
        private String text;

        private Content(byte[] bytes, int skip, Charset charset, String text) {
            this.bytes = bytes;
            this.skip = skip;
            this.charset = charset;
            this.text = text;
        }

        /** Content given as a text (not read from a file). */
        static Content of(String text) {
            return new Content(null, 0, null, text);
        }

        /** The UTF-8 bytes, or {@code null} when the content is a text, another encoding, or decoded already. */
        byte[] utf8() {
            return charset == StandardCharsets.UTF_8 ? bytes : null;
        }

        /** Where the UTF-8 content starts in {@link #utf8()}: past a byte-order mark. */
        int utf8Start() {
            return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        }

        /** About the number of characters: the bytes read, or the text's length. */
        int size() {
            return text != null ? text.length() : bytes.length - skip;
        }

        /** The text, decoded the first time it is asked for; a file that is not valid text is refused then. */
        String text() throws Unreadable {
            if (text == null) {
                String decoded = decode(bytes, skip, charset);
                text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
                bytes = null;
            }
            return text;
        }
    }

    static String read(Path file, long maxBytes) throws Unreadable {
        return content(file, maxBytes).text();
    }

    /** As {@link #read(Path, long)}, refusing what is not a text file but leaving its bytes undecoded. */
    static Content content(Path file, long maxBytes) throws Unreadable {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new Unreadable("this is a folder, not an estimate file");
            }
            if (!Files.exists(file)) {
                throw new Unreadable(Files.isSymbolicLink(file)
                        ? "this is a link to a file that does not exist (" + Files.readSymbolicLink(file) + ")"
                        : "there is no such file");
            }
            if (!Files.isRegularFile(file)) {
                // Checked before opening: opening a named pipe waits for a writer, /dev/zero never ends.
                throw new Unreadable("this is not a regular file (a device, a pipe or a socket); "
                        + "give the path of an estimate file saved on disk");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new Unreadable("the file is " + mib(size) + " MiB, over the limit of " + mib(maxBytes)
                        + " MiB for an estimate; raise the limit (ESTIMATOR_MAX_INPUT_MB) if it really is one");
            }
            bytes = readAtMost(file, maxBytes);
        } catch (NoSuchFileException e) {
            throw new Unreadable("there is no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable("the file cannot be read: permission denied");
        } catch (IOException e) {
            throw new Unreadable("the file cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new Unreadable("the file is empty: it holds no estimate");
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new Unreadable(looksLikeUtf16(bytes)
                            ? "this looks like UTF-16 text without a byte-order mark; save it as UTF-8 (in most editors:"
                            + " Save As, encoding UTF-8)"
                            : "this is a binary file, not an estimate: estimate files are YAML or JSON text");
                }
            }
        }
        return new Content(bytes, skip, charset, null);
    }

    /** Text in UTF-16 has a zero in every other byte (for Latin characters); a binary file does not. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 8 && (evenZeros > pairs * 0.9 && oddZeros == 0 || oddZeros > pairs * 0.9 && evenZeros == 0);
    }

    /** Reads no more than {@code maxBytes}, even if the file grew after its size was checked. */
    private static byte[] readAtMost(Path file, long maxBytes) throws IOException, Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Unreadable("the file is over the limit of " + mib(maxBytes) + " MiB for an estimate");
            }
            return bytes;
        }
    }

    private static String decode(byte[] bytes, int skip, Charset charset) throws Unreadable {
        if (charset == StandardCharsets.UTF_8) {
            String text = lenientUtf8(bytes, skip);
            if (text != null) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.length() - lineStart + 1;
            String where = "byte " + (in.position() + 1) + " of the file";
            throw new Unreadable(charset == StandardCharsets.UTF_8
                    ? "the file is not UTF-8 text: " + where + " is not valid UTF-8; save the file as UTF-8"
                    + " (is it binary, or saved in another encoding such as Windows-1252?)"
                    : "the file is not valid " + charset.name() + " text at " + where + "; save it as UTF-8",
                    line, column);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static final int CHUNK = 1 << 16;

    /**
     * The text of valid UTF-8 {@code bytes}, or {@code null} when they hold a malformed sequence
     * or a U+FFFD (the strict decoder then decides and names the bad byte). The JDK's own
     * decoding replaces a malformed sequence with U+FFFD, so a text without one is valid. It
     * decodes an ASCII run with a vectorised scan but goes character by character from the first
     * other byte to the end of what it is given, and the CharsetDecoder always does: one "×" near
     * the top of a 59 MB file cost over a second of CPU. Decoded in chunks, only the chunks that
     * hold such a byte go character by character.
     */
    private static String lenientUtf8(byte[] bytes, int skip) {
        int length = bytes.length - skip;
        if (length <= CHUNK) {
            String text = new String(bytes, skip, length, StandardCharsets.UTF_8);
            return text.indexOf('\uFFFD') < 0 ? text : null;
        }
        java.util.List<String> chunks = new java.util.ArrayList<>(length / CHUNK + 1);
        for (int from = skip; from < bytes.length; ) {
            int to = Math.min(bytes.length, from + CHUNK);
            // Never split a character: a chunk ends before a byte that continues a sequence.
            while (to < bytes.length && to - from > 4 && (bytes[to] & 0xC0) == 0x80) {
                to--;
            }
            String chunk = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            if (chunk.indexOf('\uFFFD') >= 0) {
                return null;
            }
            chunks.add(chunk);
            from = to;
        }
        // Joined into one array sized once; a StringBuilder's toString would copy it again and
        // first scan it for a chance to store it one byte a character.
        return String.join("", chunks);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace(".0", "");
    }
}
