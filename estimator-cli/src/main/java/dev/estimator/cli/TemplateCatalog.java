package dev.estimator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The estimate templates shipped inside the jar (copied from the repository's {@code templates/}
 * folder at build time). A template's description is its first comment line.
 */
final class TemplateCatalog {

    private static final String FOLDER = "templates";

    /** One template: its name (file name without {@code .yaml}), description and text. */
    record Template(String name, String description, String text) {
    }

    private TemplateCatalog() {
    }

    static List<Template> all() {
        URL folder = TemplateCatalog.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri));
                }
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.util.Optional<Template> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static List<Template> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(TemplateCatalog::read)
                    .toList();
        }
    }

    private static Template read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".yaml".length());
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String description = text.lines().filter(l -> l.startsWith("#")).findFirst()
                    .map(l -> l.replaceFirst("^#+\\s*", "")).orElse("");
            return new Template(name, description, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
