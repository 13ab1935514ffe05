package dev.estimator.export.html;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.Arguments;

/** The samples the HTML tests export, and the export itself, read back with jsoup. */
final class HtmlSamples {

    private HtmlSamples() {
    }

    /** Every sample in both audiences: (name, estimate, audience). */
    static Stream<Arguments> samplesByAudience() {
        List<Arguments> cases = new ArrayList<>();
        for (Path sample : Estimates.samples()) {
            for (Audience audience : Audience.values()) {
                cases.add(Arguments.of(sample.getFileName() + " " + audience, load(sample), audience));
            }
        }
        return cases.stream();
    }

    static List<Path> samples() {
        return Estimates.samples();
    }

    static Estimate load(Path sample) {
        return EstimateFiles.load(sample).orThrow();
    }

    static byte[] export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlExporter().write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] export(Estimate estimate, Audience audience) {
        return export(ExportRequest.of(estimate, audience));
    }

    /** The page as a browser's parser builds it. */
    static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    /** Text with the no-break spaces of some locales as plain spaces, for comparing. */
    static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
