package dev.estimator.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * A stream that writes the PDF written into it to {@code out} with the tags replaced, as it
     * goes: a large document never has to be held in memory whole. Holds back only the last few
     * hundred bytes, where a tag may be cut in two; {@link OutputStream#close()} writes them and
     * leaves {@code out} open.
     */
    static OutputStream stabilising(OutputStream out) {
        return new Stabilising(out);
    }

    /** The whole-file form of {@link #stabilising(OutputStream)}. */
    static byte[] stabilise(byte[] pdf) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pdf.length);
        try (OutputStream stream = stabilising(out)) {
            stream.write(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static final class Stabilising extends OutputStream {
        /** Longer than any tag with its font name; a match must end before the held-back tail starts. */
        private static final int HOLD_BACK = 512;
        private static final int CHUNK = 64 * 1024;

        private final OutputStream out;
        private final Map<String, String> replacements = new LinkedHashMap<>();
        private byte[] pending = new byte[CHUNK + HOLD_BACK];
        private int length;

        Stabilising(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            while (count > 0) {
                int room = pending.length - length;
                int taken = Math.min(room, count);
                System.arraycopy(bytes, offset, pending, length, taken);
                length += taken;
                offset += taken;
                count -= taken;
                if (length == pending.length) {
                    process(false);
                }
            }
        }

        @Override
        public void close() throws IOException {
            process(true);
            out.flush();
        }

        /** Writes what can no longer be part of an unfinished tag, replacing the tags in it. */
        private void process(boolean last) throws IOException {
            // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched.
            String text = new String(pending, 0, length, StandardCharsets.ISO_8859_1);
            int limit = last ? length : Math.max(0, length - HOLD_BACK);
            int written = 0;
            Matcher matcher = TAG.matcher(text);
            while (matcher.find() && matcher.start() < limit) {
                if (!last && matcher.end() == length) {
                    break; // the font name may go on in the next bytes
                }
                String tag = matcher.group(2);
                String replacement = replacements.computeIfAbsent(tag, t -> derived(matcher.group(3), replacements.size()));
                out.write(pending, written, matcher.start(2) - written);
                out.write(replacement.getBytes(StandardCharsets.ISO_8859_1));
                written = matcher.end(2);
            }
            int cut = Math.max(written, limit);
            out.write(pending, written, cut - written);
            System.arraycopy(pending, cut, pending, 0, length - cut);
            length -= cut;
        }
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
