package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens each sample's page in headless Chromium, offline in effect (the page's policy forbids
 * every load, and background networking is off), and finds the grand total in the DOM the
 * browser built. Skipped where Chromium is not installed; {@code .ci/run} installs it.
 */
class HtmlChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void chromiumRendersThePageWithTheGrandTotal(Path sample, @TempDir Path folder) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        Path page = folder.resolve("estimate.html");
        Files.write(page, HtmlSamples.export(request));
        Path dom = folder.resolve("dom.html");
        Path errors = folder.resolve("chromium.log");

        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + folder.resolve("profile"), "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(errors.toFile()).start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, chromium.exitValue(), () -> "Chromium failed: " + read(errors));

        Document rendered = Jsoup.parse(read(dom));
        String grandTotal = HtmlSamples.flat(Phrasing.of(request.estimate()).amount(request.totals().grandTotal()));
        assertEquals(grandTotal, HtmlSamples.flat(rendered.select("#price tr.total td.num").text()),
                "the grand total in the rendered price table");
        assertTrue(HtmlSamples.flat(rendered.body().text()).contains(grandTotal));
        assertEquals(request.estimate().header().title(), rendered.title());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
