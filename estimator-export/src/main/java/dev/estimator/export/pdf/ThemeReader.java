package dev.estimator.export.pdf;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;

/**
 * Reads a theme file. The default theme on the classpath is also the schema: a file may set any
 * key the default has (a key it leaves out keeps the default's value) and nothing else, so a typo
 * is reported instead of silently ignored.
 */
final class ThemeReader {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String BUILTIN = "builtin:";
    private static final Map<String, String> BUILTIN_FONTS = Map.of(
            "liberation-sans", "/liberation/LiberationSans-Regular.ttf",
            "liberation-sans-bold", "/liberation/LiberationSans-Bold.ttf",
            "liberation-serif", "/liberation/LiberationSerif-Regular.ttf",
            "liberation-serif-bold", "/liberation/LiberationSerif-Bold.ttf",
            "ipaex-gothic", "/dev/estimator/export/pdf/fonts/ipaexg.ttf");
    private static final float MIN_SIZE = 7;
    private static final float MAX_SIZE = 14;

    private final String origin;
    private final Path baseDir;

    private ThemeReader(String origin, Path baseDir) {
        this.origin = origin;
        this.baseDir = baseDir;
    }

    static Theme read(Path file) throws ThemeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThemeException("theme file " + file + " does not exist");
        } catch (IOException e) {
            throw new ThemeException("theme file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Path parent = file.toAbsolutePath().getParent();
        return read(file.toString(), bytes, parent);
    }

    /** Reads theme text; {@code baseDir} resolves relative paths, {@code null} allows only builtin fonts. */
    static Theme read(String origin, byte[] text, Path baseDir) throws ThemeException {
        ThemeReader reader = new ThemeReader(origin, baseDir);
        JsonNode defaults = reader.defaults();
        JsonNode own = reader.parse(text);
        reader.checkKeys(own, defaults, "");
        return reader.build(own, defaults);
    }

    private JsonNode defaults() {
        try (InputStream in = ThemeReader.class.getResourceAsStream(Theme.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default theme " + Theme.DEFAULT_RESOURCE + " is missing");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the default theme cannot be read", e);
        }
    }

    private JsonNode parse(byte[] text) throws ThemeException {
        JsonNode node;
        try {
            node = new YAMLMapper().readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw problem("is not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem("cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw problem("must be a YAML mapping with keys such as name, fonts, colours, logo and footer");
        }
        return node;
    }

    private void checkKeys(JsonNode own, JsonNode schema, String prefix) throws ThemeException {
        for (Iterator<String> names = own.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            JsonNode expected = schema.get(key);
            if (expected == null) {
                List<String> allowed = new ArrayList<>();
                schema.fieldNames().forEachRemaining(allowed::add);
                throw problem(prefix + key + ": unknown key; allowed here: " + String.join(", ", allowed));
            }
            JsonNode value = own.get(key);
            if (expected.isObject()) {
                if (!value.isObject()) {
                    throw problem(prefix + key + ": must be a mapping of " + String.join(", ", keys(expected)));
                }
                checkKeys(value, expected, prefix + key + ".");
            }
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private Theme build(JsonNode own, JsonNode defaults) throws ThemeException {
        String name = text(own, "name");
        if (name == null || name.isBlank()) {
            throw problem("name: every theme needs a name");
        }
        JsonNode merged = merge(defaults.deepCopy(), own);
        JsonNode fonts = merged.get("fonts");
        JsonNode colours = merged.get("colours");
        Theme.Palette palette = new Theme.Palette(colour(colours, "primary"), colour(colours, "accent"),
                colour(colours, "text"), colour(colours, "muted"), colour(colours, "stripe"),
                colour(colours, "internal"));
        String footer = text(merged, "footer");
        return new Theme(name.strip(), font(fonts, "regular"), font(fonts, "bold"), font(fonts, "japanese"),
                size(fonts), palette, logo(text(merged, "logo")), footer == null ? "" : footer,
                negatives(text(merged, "negatives")));
    }

    private static JsonNode merge(JsonNode base, JsonNode own) {
        ObjectNode target = (ObjectNode) base;
        for (Iterator<String> names = own.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            JsonNode value = own.get(key);
            if (value.isObject() && target.get(key) != null && target.get(key).isObject()) {
                merge(target.get(key), value);
            } else {
                target.set(key, value);
            }
        }
        return target;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private Color colour(JsonNode colours, String key) throws ThemeException {
        String value = text(colours, key);
        if (value == null || !COLOUR.matcher(value.strip()).matches()) {
            throw problem("colours." + key + ": '" + value + "' is not a colour; write it as \"#RRGGBB\", e.g. \"#1F3A5F\"");
        }
        return new Color(Integer.parseInt(value.strip().substring(1), 16));
    }

    private float size(JsonNode fonts) throws ThemeException {
        JsonNode value = fonts.get("size");
        if (value == null || !value.isNumber() || value.floatValue() < MIN_SIZE || value.floatValue() > MAX_SIZE) {
            throw problem("fonts.size: '" + (value == null ? "" : value.asText()) + "' is not a text size; give points from "
                    + (int) MIN_SIZE + " to " + (int) MAX_SIZE + ", e.g. 9.5");
        }
        return value.floatValue();
    }

    private Theme.FontFile font(JsonNode fonts, String key) throws ThemeException {
        String value = text(fonts, key);
        String where = "fonts." + key;
        if (value == null || value.isBlank()) {
            throw problem(where + ": name a TrueType file or one of builtin:" + String.join(", builtin:", BUILTIN_FONTS.keySet()));
        }
        value = value.strip();
        byte[] bytes;
        if (value.startsWith(BUILTIN)) {
            String resource = BUILTIN_FONTS.get(value.substring(BUILTIN.length()));
            if (resource == null) {
                throw problem(where + ": there is no " + value + "; the built-in fonts are builtin:"
                        + String.join(", builtin:", BUILTIN_FONTS.keySet()));
            }
            bytes = resource(resource);
        } else {
            bytes = file(where, value);
        }
        try {
            BaseFont.createFont(key + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (Exception e) {
            throw problem(where + ": " + value + " is not a TrueType font that can be embedded (" + e.getMessage() + ")");
        }
        return new Theme.FontFile(value, bytes);
    }

    /** {@code auto} (or nothing): the language's convention; {@code triangle}: ▲1,200; {@code minus}: −1,200. */
    private dev.estimator.export.format.Negatives negatives(String value) throws ThemeException {
        if (value == null || value.isBlank() || value.strip().equals("auto")) {
            return null;
        }
        return switch (value.strip()) {
            case "triangle" -> dev.estimator.export.format.Negatives.TRIANGLE;
            case "minus" -> dev.estimator.export.format.Negatives.MINUS;
            default -> throw problem("negatives: '" + value + "' is not a choice; write auto (▲ in Japanese documents,"
                    + " a minus sign otherwise), triangle or minus");
        };
    }

    private byte[] logo(String value) throws ThemeException {
        if (value == null || value.isBlank()) {
            return null;
        }
        byte[] bytes = file("logo", value.strip());
        try {
            Image.getInstance(bytes);
        } catch (Exception e) {
            throw problem("logo: " + value + " is not a PNG or JPEG image (" + e.getMessage() + ")");
        }
        return bytes;
    }

    private byte[] file(String where, String value) throws ThemeException {
        if (baseDir == null) {
            throw problem(where + ": a theme on the classpath can only use builtin fonts and no logo");
        }
        Path path = baseDir.resolve(value);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw problem(where + ": " + path + " does not exist");
        } catch (IOException e) {
            throw problem(where + ": " + path + " cannot be read: " + e.getMessage());
        }
    }

    private static byte[] resource(String name) {
        // The Liberation fonts live in another jar (openpdf-fonts-extra): on the module path a
        // class only finds its own module's resources, so ask the class loader for those.
        InputStream found = ThemeReader.class.getResourceAsStream(name);
        if (found == null) {
            found = ThemeReader.class.getClassLoader().getResourceAsStream(name.substring(1));
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalStateException("built-in font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("built-in font " + name + " cannot be read", e);
        }
    }

    private ThemeException problem(String message) {
        return new ThemeException("theme file " + origin + ": " + message);
    }
}
