package dev.estimator.export.pdf;

import com.google.common.base.Preconditions;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * How the cost-explanation PDF looks: fonts, colours, an optional logo and the footer text.
 *
 * <p>A theme is a small YAML file a company can copy and edit; {@code templates/themes/default.yaml}
 * is the documented original, and the same file on the classpath is {@link #defaultTheme()}.
 * Everything a theme names (font files, logo) is read and checked when it is loaded, so a bad
 * theme fails at {@link #load(Path)}, never halfway through writing a document.
 */
public final class Theme {

    static final String DEFAULT_RESOURCE = "/dev/estimator/export/pdf/themes/default.yaml";

    private final String name;
    private final FontFile regular;
    private final FontFile bold;
    private final FontFile japanese;
    private final float bodySize;
    private final Palette palette;
    private final byte[] logo;
    private final String footer;
    /** How negative amounts are marked, or {@code null} for the document language's convention. */
    private final dev.estimator.export.format.Negatives negatives;

    Theme(String name, FontFile regular, FontFile bold, FontFile japanese, float bodySize, Palette palette,
          byte[] logo, String footer) {
        this(name, regular, bold, japanese, bodySize, palette, logo, footer, null);
    }

    Theme(String name, FontFile regular, FontFile bold, FontFile japanese, float bodySize, Palette palette,
          byte[] logo, String footer, dev.estimator.export.format.Negatives negatives) {
        this.negatives = negatives;
        this.name = name;
        this.regular = regular;
        this.bold = bold;
        this.japanese = japanese;
        this.bodySize = bodySize;
        this.palette = palette;
        this.logo = logo == null ? null : logo.clone();
        this.footer = footer;
    }

    /**
     * Reads a theme file.
     *
     * @throws ThemeException when the file cannot be read or something in it is wrong; the
     *                        message names the file, the key and the problem
     */
    public static Theme load(Path file) throws ThemeException {
        Preconditions.checkNotNull(file, "file");
        return ThemeReader.read(file);
    }

    /** The theme Estimator ships with: Liberation Sans and IPAex Gothic, dark blue headings, no logo. */
    public static Theme defaultTheme() {
        return DefaultHolder.THEME;
    }

    /** The theme's name, as its file states it. */
    public String name() {
        return name;
    }

    FontFile regular() {
        return regular;
    }

    FontFile bold() {
        return bold;
    }

    FontFile japanese() {
        return japanese;
    }

    float bodySize() {
        return bodySize;
    }

    Palette palette() {
        return palette;
    }

    /** The logo image's bytes (PNG or JPEG), or {@code null} when the theme has none. */
    byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** The footer text with {@code {provider}} replaced. */
    String footer(String provider) {
        return footer.replace("{provider}", provider == null ? "" : provider);
    }

    /** How the theme marks negative amounts, or {@code null} to follow the document's language (▲ in Japanese). */
    dev.estimator.export.format.Negatives negatives() {
        return negatives;
    }

    @Override
    public String toString() {
        return "Theme[" + name + "]";
    }

    /** The colours of a theme. */
    record Palette(Color primary, Color accent, Color text, Color muted, Color stripe, Color internal) {
    }

    /** A TrueType font's bytes and where they came from (for messages). */
    record FontFile(String origin, byte[] bytes) {
    }

    private static final class DefaultHolder {
        static final Theme THEME = loadDefault();

        private static Theme loadDefault() {
            try (InputStream in = Theme.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the default theme " + DEFAULT_RESOURCE + " is missing from the classpath");
                }
                return ThemeReader.read("classpath:" + DEFAULT_RESOURCE, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ThemeException e) {
                throw new IllegalStateException("the default theme is broken: " + e.getMessage(), e);
            }
        }
    }
}
