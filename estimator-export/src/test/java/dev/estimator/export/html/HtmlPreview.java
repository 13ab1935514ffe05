package dev.estimator.export.html;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: writes the HTML of every sample, for both audiences, into a folder (by default
 * {@code target/html-preview}) to open in a browser or to screenshot with headless Chromium.
 */
public final class HtmlPreview {

    private HtmlPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/html-preview");
        Files.createDirectories(folder);
        for (Path sample : Estimates.samples()) {
            for (Audience audience : Audience.values()) {
                String name = sample.getFileName().toString().replace(".yaml", "") + "-"
                        + audience.name().toLowerCase(Locale.ROOT) + ".html";
                try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                    new HtmlExporter().write(ExportRequest.of(EstimateFiles.load(sample).orThrow(), audience), out);
                }
                System.out.println(folder.resolve(name).toAbsolutePath());
            }
        }
    }
}
