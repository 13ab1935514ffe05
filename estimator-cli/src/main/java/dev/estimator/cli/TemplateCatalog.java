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
 * folder at build time). A template's description is its first comment line. Each template has
 * an English file ({@code website.yaml}) and may have one per other language
 * ({@code website.it.yaml}, {@code website.ja.yaml}), written in that language with its country's
 * currency, tax and locale.
 */
final class TemplateCatalog {

    private static final String FOLDER = "templates";

    /** The language of a template file without a language in its name. */
    static final String DEFAULT_LANGUAGE = "en";

    /** One template in one language: its name (file name without language and {@code .yaml}), description and text. */
    record Template(String name, String language, String description, String text) {
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

    static java.util.Optional<Template> named(String name, String language) {
        return all().stream().filter(t -> t.name().equals(name) && t.language().equals(language)).findFirst();
    }

    /** The template names, in order, each with the languages it is written in (English first). */
    static Map<String, List<String>> languages() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Template template : all()) {
            out.computeIfAbsent(template.name(), n -> new java.util.ArrayList<>()).add(template.language());
        }
        out.values().forEach(list -> list.sort(java.util.Comparator.comparing(
                (String l) -> !l.equals(DEFAULT_LANGUAGE)).thenComparing(l -> l)));
        return out;
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
        String stem = fileName.substring(0, fileName.length() - ".yaml".length());
        int dot = stem.lastIndexOf('.');
        String name = dot < 0 ? stem : stem.substring(0, dot);
        String language = dot < 0 ? DEFAULT_LANGUAGE : stem.substring(dot + 1);
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String description = text.lines().filter(l -> l.startsWith("#")).findFirst()
                    .map(l -> l.replaceFirst("^#+\\s*", "")).orElse("");
            return new Template(name, language, description, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
