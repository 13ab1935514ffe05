package dev.estimator.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * The theme's fonts, embedded ({@code IDENTITY_H}, subset) in one document, and the phrases set
 * in them. Text is split by character: what the Latin font lacks (Japanese, mostly) is set in the
 * Japanese font, so no glyph is ever missing. Japanese documents use the Japanese font first so
 * that a line of Japanese keeps one typeface; it has no bold cut, so bold is simulated there.
 */
final class DocumentFonts {

    /** A phrase's leading, as a multiple of its text size. */
    private static final float LEADING = 1.32f;

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont japanese;
    private final boolean japaneseFirst;
    private final Theme.FontFile regularFile;
    private final Theme.FontFile boldFile;
    private final Theme.FontFile japaneseFile;
    private final float bodySize;
    private final Color text;

    private DocumentFonts(Theme theme, boolean japaneseFirst) {
        this.regularFile = theme.regular();
        this.boldFile = theme.bold();
        this.japaneseFile = theme.japanese();
        this.regular = load(regularFile);
        this.bold = load(boldFile);
        this.japanese = load(japaneseFile);
        this.japaneseFirst = japaneseFirst;
        this.bodySize = theme.bodySize();
        this.text = theme.palette().text();
    }

    static DocumentFonts of(Theme theme, String language) {
        return new DocumentFonts(theme, "ja".equals(language));
    }

    /**
     * Parsing a font is the costly part of a small PDF (IPAex Gothic is 4 MB), and a document
     * parses its fonts several times (glyph check, page count, final layout): parse each once per
     * process. A BaseFont is read-only once made (the subset written is each document's own), so
     * documents on several threads share it. Keyed by the theme's font file, an entry goes when
     * its theme does.
     */
    private static final Map<Theme.FontFile, BaseFont> PDF_FONTS = Collections.synchronizedMap(new WeakHashMap<>());
    /** The same fonts as AWT sees them, for the chart; parsed only when a chart is drawn. */
    private static final Map<Theme.FontFile, java.awt.Font> AWT_FONTS = Collections.synchronizedMap(new WeakHashMap<>());

    private static BaseFont load(Theme.FontFile file) {
        return PDF_FONTS.computeIfAbsent(file, DocumentFonts::parse);
    }

    private static BaseFont parse(Theme.FontFile file) {
        try {
            return BaseFont.createFont(file.origin().replaceAll("[^A-Za-z0-9-]", "_") + ".ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, file.bytes(), null);
        } catch (DocumentException | IOException e) {
            // The theme checked this font when it was loaded.
            throw new IllegalStateException("font " + file.origin() + " cannot be loaded", e);
        }
    }

    /**
     * The chart's AWT face. AWT reads a font from a file: given a stream, it copies it to a
     * {@code +~JF*.tmp} file in the system's temp folder, which a killed run leaves behind. So the
     * copy is made in this process's own scratch folder, which the next run cleans up.
     */
    private static java.awt.Font parseAwt(Theme.FontFile file) {
        try {
            // AWT may read the file again while drawing: it stays until the folder is cleaned up.
            java.nio.file.Path copy = dev.estimator.export.ExportTempFiles.createFile("font-", ".ttf");
            java.nio.file.Files.write(copy, file.bytes());
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, copy.toFile());
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("font " + file.origin() + " cannot be used for charts", e);
        }
    }

    float size(TextStyle style) {
        return style.size(bodySize);
    }

    /** Whether this is a Japanese document (set Japanese first, and by Japanese typesetting rules). */
    boolean japaneseFirst() {
        return japaneseFirst;
    }

    float bodySize() {
        return bodySize;
    }

    Phrase phrase(String content, TextStyle style) {
        return phrase(content, style, text);
    }

    /** {@code content} in {@code style} and {@code colour}, each character in a font that has it. */
    Phrase phrase(String content, TextStyle style, Color colour) {
        float size = size(style);
        Font latin = new Font(style.bold() ? bold : regular, size, Font.NORMAL, colour);
        // IPAex has no bold face: Font.BOLD on it makes OpenPDF stroke the outline (simulated bold).
        Font cjk = new Font(japanese, size, style.bold() ? Font.BOLD : Font.NORMAL, colour);
        Font first = japaneseFirst ? cjk : latin;
        Font second = japaneseFirst ? latin : cjk;
        String text = content == null ? "" : content;
        Phrase phrase = split(text, first, second);
        if (phrase == null) {
            FontSelector selector = new FontSelector();
            selector.addFont(first);
            selector.addFont(second);
            phrase = selector.process(text);
        }
        for (org.openpdf.text.Element element : phrase) {
            if (element instanceof org.openpdf.text.Chunk chunk) {
                chunk.setSplitCharacter(JapaneseLineBreaks.INSTANCE);
            }
        }
        phrase.setLeading(size * LEADING);
        // A paragraph made from this phrase takes its font for the spacing it adds; left unset,
        // that would be Helvetica, a standard font that is not embedded.
        phrase.setFont(first);
        return phrase;
    }

    /**
     * What {@link FontSelector#process} makes of {@code text} with these two fonts (a chunk per run
     * of characters in the same font, the first font that has a character winning), without its cost:
     * a FontSelector looks up and loads OpenPDF's fallback font each time one is made, which was the
     * largest single cost of a table cell. Returns {@code null} for a text with a character neither
     * font has, or outside the Basic Multilingual Plane: the FontSelector handles those.
     */
    private Phrase split(String text, Font first, Font second) {
        Coverage firstCovers = coverage(first.getBaseFont());
        Coverage secondCovers = coverage(second.getBaseFont());
        Phrase phrase = new Phrase();
        int runFont = -1;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                run.append(c);
                continue;
            }
            if (Character.isSurrogate(c)) {
                return null;
            }
            int font = firstCovers.has(c) ? 0 : secondCovers.has(c) ? 1 : -1;
            if (font < 0) {
                return null;
            }
            if (font != runFont) {
                if (run.length() > 0 && runFont != -1) {
                    phrase.add(new org.openpdf.text.Chunk(run.toString(), runFont == 0 ? first : second));
                    run.setLength(0);
                }
                runFont = font;
            }
            run.append(c);
        }
        if (run.length() > 0) {
            phrase.add(runFont == -1 ? new org.openpdf.text.Chunk(run.toString())
                    : new org.openpdf.text.Chunk(run.toString(), runFont == 0 ? first : second));
        }
        return phrase;
    }

    /** Which characters of the Basic Multilingual Plane each font has, per font, found out as they are asked for. */
    private static final Map<BaseFont, Coverage> COVERAGE = Collections.synchronizedMap(new WeakHashMap<>());

    /** What {@code font} has and how wide it sets each character, for code that measures text itself ({@link DrawnText}). */
    static Coverage coverage(BaseFont font) {
        return COVERAGE.computeIfAbsent(font, Coverage::new);
    }

    /**
     * A font's {@link BaseFont#charExists} and {@link BaseFont#getWidth(int)} for BMP characters,
     * remembered in blocks of 256 (shared by threads): OpenPDF's own lookups go through a map of
     * boxed code points, slow enough to show in a profile of a large document.
     */
    static final class Coverage {
        /** In a block: the character's advance in thousandths of the font size, or -1 when the font lacks it. */
        private static final int MISSING = -1;
        private final BaseFont font;
        private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> blocks =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

        Coverage(BaseFont font) {
            this.font = font;
        }

        boolean has(char c) {
            return block(c)[c & 0xFF] != MISSING;
        }

        /** The advance of {@code c}, in thousandths of the font size (0 for a character the font lacks). */
        int advance(char c) {
            return Math.max(0, block(c)[c & 0xFF]);
        }

        /** The width of {@code text} in thousandths of the font size, as {@link BaseFont#getWidth(String)} sums it. */
        int width(String text) {
            int width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += advance(text.charAt(i));
            }
            return width;
        }

        private int[] block(char c) {
            int[] block = blocks.get(c >>> 8);
            if (block == null) {
                block = new int[256];
                int base = c & 0xFF00;
                for (int i = 0; i < 256; i++) {
                    block[i] = font.charExists(base + i) ? font.getWidth(base + i) : MISSING;
                }
                blocks.set(c >>> 8, block);
            }
            return block;
        }
    }

    /** Widths of texts measured in this document, per style; bounded, as a document may have millions of cells. */
    private final Map<TextStyle, Map<String, Float>> widths = new java.util.EnumMap<>(TextStyle.class);

    /** The width of {@code content} set on one line in {@code style}, as {@link org.openpdf.text.pdf.ColumnText#getWidth(Phrase)} measures it. */
    float width(String content, TextStyle style) {
        Map<String, Float> known = widths.computeIfAbsent(style, s -> new java.util.HashMap<>());
        Float width = known.get(content);
        if (width == null) {
            if (known.size() >= 20_000) {
                known.clear();
            }
            width = org.openpdf.text.pdf.ColumnText.getWidth(phrase(content, style));
            known.put(content, width);
        }
        return width;
    }

    /**
     * Whether {@code content} in {@code style} can be set by {@link DrawnText} rather than by
     * OpenPDF's line layout: not a Japanese document (whose line breaking OpenPDF and
     * {@link JapaneseLineBreaks} do), and every character in the style's Latin font, on the Basic
     * Multilingual Plane, and no control character but a line break.
     */
    boolean drawable(String content, TextStyle style) {
        if (japaneseFirst) {
            return false;
        }
        Coverage covers = coverage(latin(style));
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (c < ' ' || Character.isSurrogate(c) || (c >= 0x7F && c < 0xA0) || !covers.has(c)) {
                return false;
            }
        }
        return true;
    }

    /** The Latin font of {@code style} (its bold cut when the style is bold). */
    BaseFont latin(TextStyle style) {
        return style.bold() ? bold : regular;
    }

    /** Where OpenPDF puts the lines of a table cell in {@code style}, its text set at {@code size}; measured once per document. */
    DrawnText.Metrics metrics(TextStyle style, float size) {
        return cellMetrics.computeIfAbsent(new MetricsKey(style, size),
                k -> DrawnText.Metrics.measure(latin(style), size, size(style) * LEADING));
    }

    /** Asked for every drawn cell: a key without building a string. */
    private record MetricsKey(TextStyle style, float size) {
    }

    private final Map<MetricsKey, DrawnText.Metrics> cellMetrics = new java.util.HashMap<>();

    /** The text colour of the body. */
    Color textColour() {
        return text;
    }

    /** The characters of {@code content} that none of the document's fonts can draw, in order, once each. */
    java.util.Set<String> missing(String content) {
        return missing(java.util.List.of(content));
    }

    /**
     * As {@link #missing(String)} over several texts, in order: each character of the basic plane
     * is looked up in the fonts once (an estimate of 100,000 items has millions of characters and
     * a few dozen distinct ones).
     */
    java.util.Set<String> missing(Iterable<String> contents) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        java.util.BitSet seen = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (String content : contents) {
            for (int i = 0; i < content.length(); ) {
                int c = content.codePointAt(i);
                i += Character.charCount(c);
                if (c <= Character.MAX_VALUE) {
                    if (seen.get(c)) {
                        continue;
                    }
                    seen.set(c);
                }
                if (!Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0x200D && c != 0xFE0F
                        && !exists(regular, c) && !exists(bold, c) && !exists(japanese, c)) {
                    missing.add(Character.toString(c));
                }
            }
        }
        return missing;
    }

    private static boolean exists(BaseFont font, int c) {
        return c <= Character.MAX_VALUE && !Character.isSurrogate((char) c) ? coverage(font).has((char) c) : font.charExists(c);
    }

    /** Whether every character of {@code content} is in the Latin font. */
    boolean latinCovers(String content) {
        return content.codePoints().allMatch(c -> Character.isWhitespace(c) || regular.charExists(c));
    }

    /**
     * A face for drawing outside the text flow (chart labels): the PDF font and the same font file
     * as an AWT font, so that what AWT measures is what the PDF shows.
     */
    Face face(boolean wantBold, boolean needJapanese) {
        boolean cjk = needJapanese || japaneseFirst;
        Theme.FontFile file = cjk ? japaneseFile : wantBold ? boldFile : regularFile;
        BaseFont pdf = cjk ? japanese : wantBold ? bold : regular;
        return new Face(pdf, AWT_FONTS.computeIfAbsent(file, DocumentFonts::parseAwt));
    }

    /** One font as the PDF and AWT both see it. */
    record Face(BaseFont pdf, java.awt.Font awt) {
    }
}
