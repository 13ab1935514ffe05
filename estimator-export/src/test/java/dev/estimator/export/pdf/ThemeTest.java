package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTest {

    private static final Path TEMPLATE = Path.of("..", "templates", "themes", "default.yaml");

    @TempDir
    Path dir;

    @Test
    void theCopyableDefaultIsTheOneOnTheClasspath() throws Exception {
        try (InputStream in = Theme.class.getResourceAsStream(Theme.DEFAULT_RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(TEMPLATE), in.readAllBytes(),
                    "templates/themes/default.yaml and the classpath copy must be the same file");
        }
        Theme theme = Theme.load(TEMPLATE);
        assertEquals("Default", theme.name());
        assertEquals(Theme.defaultTheme().palette(), theme.palette());
    }

    @Test
    void aCompanyThemeChangesColoursAndAddsALogo() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x88, 0x22, 0x44));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ImageIO.write(image, "png", dir.resolve("logo.png").toFile());
        Path file = write("""
                name: Acme
                colours:
                  primary: "#882244"
                logo: logo.png
                footer: "{provider} \u00b7 confidential"
                """);
        Theme theme = Theme.load(file);
        assertEquals(new Color(0x88, 0x22, 0x44), theme.palette().primary());
        assertEquals(Theme.defaultTheme().palette().accent(), theme.palette().accent(), "unset keys keep the default");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(theme).write(ExportRequest.of(PdfFixtures.estimate("en"), Audience.CLIENT), out);
        PdfReadBack pdf = PdfReadBack.of(out.toByteArray());
        assertTrue(pdf.flatText().contains("Northwind Digital Ltd \u00b7 confidential"), "footer text");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            var resources = document.getPage(0).getResources();
            boolean hasImage = false;
            for (COSName name : resources.getXObjectNames()) {
                hasImage |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(hasImage, "the logo is on the cover");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            colours: {primary: blue}                  | colours.primary
            colours: {primray: "#112233"}             | colours.primray: unknown key
            fonts: {size: 40}                         | fonts.size
            fonts: {regular: missing.ttf}             | missing.ttf does not exist
            fonts: {bold: "builtin:comic-sans"}       | no builtin:comic-sans
            logo: nowhere.png                         | nowhere.png does not exist
            footnote: x                               | footnote: unknown key
            """)
    void aBadThemeIsReportedWithTheFileAndTheKey(String line, String expected) throws IOException {
        Path file = write("name: Broken\n" + line + "\n");
        ThemeException error = assertThrows(ThemeException.class, () -> Theme.load(file));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    @Test
    void aThemeNeedsANameAndValidYamlAndRealFiles() throws IOException {
        assertTrue(assertThrows(ThemeException.class, () -> Theme.load(write("colours: {}\n")))
                .getMessage().contains("name"));
        assertTrue(assertThrows(ThemeException.class, () -> Theme.load(write("name: [unclosed\n")))
                .getMessage().contains("YAML"));
        assertTrue(assertThrows(ThemeException.class, () -> Theme.load(dir.resolve("absent.yaml")))
                .getMessage().contains("does not exist"));
        Files.writeString(dir.resolve("not-a-font.ttf"), "plain text");
        assertTrue(assertThrows(ThemeException.class, () -> Theme.load(write("name: X\nfonts: {regular: not-a-font.ttf}\n")))
                .getMessage().contains("not a TrueType font"));
        Files.writeString(dir.resolve("not-an-image.png"), "plain text");
        assertTrue(assertThrows(ThemeException.class, () -> Theme.load(write("name: X\nlogo: not-an-image.png\n")))
                .getMessage().contains("not a PNG or JPEG"));
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "theme", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
