package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.pdf.PdfFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered exporter keeps, checked for each format in
 * {@link ExporterRegistry} (a new format is checked as soon as it is registered): the client's
 * copy holds no internal value; the same request gives the same bytes; a failed write leaves
 * the existing file as it was; and every sample's key figures (subtotal, tax, grand total, each
 * milestone, each alternative's total) appear as the calculator computed them, read back with
 * an independent reader.
 */
class ExporterContractTest {

    static Stream<ExporterRegistry.Format> formats() {
        return ExporterRegistry.formats().stream();
    }

    static Stream<Arguments> formatsAndSamples() {
        return ExporterRegistry.formats().stream().flatMap(format -> Estimates.samples().stream()
                .flatMap(sample -> Stream.of(Audience.CLIENT, Audience.INTERNAL)
                        .map(audience -> Arguments.of(format.name(), sample.getFileName().toString(), audience))));
    }

    static byte[] export(String format, Estimate estimate, Audience audience) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExporterRegistry.format(format).orElseThrow().create(ExporterRegistry.Options.defaults())
                    .write(ExportRequest.of(estimate, audience), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Estimate sample(String name) {
        return EstimateFiles.load(Estimates.repositoryRoot().resolve("samples").resolve(name)).orThrow();
    }

    /** The figures every document must show, each printed as the document phrases it. */
    static Map<String, BigDecimal> keyFigures(Estimate estimate, EstimateTotals totals) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("subtotal", totals.subtotal());
        figures.put("grand total", totals.grandTotal());
        if (estimate.tax() != null) {
            figures.put("tax", totals.tax());
        }
        for (MilestoneAmount milestone : totals.milestones()) {
            figures.put("milestone " + milestone.milestone().name(), milestone.amount());
        }
        for (AlternativeTotals alternative : totals.alternatives()) {
            figures.put("alternative " + alternative.alternative().id(), alternative.totals().grandTotal());
        }
        return figures;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("formatsAndSamples")
    void everySampleShowsTheCalculatorsKeyFigures(String format, String sample, Audience audience) {
        Estimate estimate = sample(sample);
        ExportRequest request = ExportRequest.of(estimate, audience);
        Phrasing phrasing = Phrasing.of(request.estimate());
        DocumentReadBack read = DocumentReadBack.of(format, export(format, estimate, audience));
        List<String> missing = new ArrayList<>();
        keyFigures(request.estimate(), request.totals()).forEach((what, value) -> {
            if (!read.shows(phrasing.amount(value), value)) {
                missing.add(what + " " + phrasing.amount(value));
            }
        });
        assertEquals(List.of(), missing, format + " of " + sample + " lacks these figures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theClientsCopyHoldsNoInternalValue(ExporterRegistry.Format format) {
        Estimate estimate = PdfFixtures.canary();
        String client = searchable(format.name(), export(format.name(), estimate, Audience.CLIENT));
        String internal = searchable(format.name(), export(format.name(), estimate, Audience.INTERNAL));
        assertTrue(client.contains(estimate.header().title()), "the search sees the document's text");
        assertTrue(internal.contains(PdfFixtures.CANARY_NOTES), "the internal copy shows the notes, so the search can find them");
        List<String> canaries = new ArrayList<>(List.of(PdfFixtures.CANARY_NOTES));
        for (BigDecimal value : List.of(PdfFixtures.CANARY_TARGET, PdfFixtures.CANARY_WALK_AWAY,
                PdfFixtures.CANARY_ROLE_COST, PdfFixtures.CANARY_UNIT_COST)) {
            canaries.add(value.toPlainString());
            canaries.add(value.toPlainString().replace('.', ','));
            canaries.add(DocumentReadBack.plain(Phrasing.of(estimate).amount(value)));
            canaries.add(DocumentReadBack.plain(Phrasing.of(estimate).rate(value)));
        }
        for (String canary : canaries) {
            assertFalse(client.contains(canary), "the client's " + format.name() + " contains " + canary);
        }
    }

    /** The text read back, every number stored, and the raw bytes. */
    private static String searchable(String format, byte[] bytes) {
        DocumentReadBack read = DocumentReadBack.of(format, bytes);
        return read.text() + "\n" + String.join("\n", read.numbers().stream().map(BigDecimal::toPlainString).toList())
                + "\n" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theSameRequestGivesTheSameBytes(ExporterRegistry.Format format) {
        for (Path sample : Estimates.samples()) {
            Estimate estimate = EstimateFiles.load(sample).orThrow();
            assertArrayEquals(export(format.name(), estimate, Audience.CLIENT), export(format.name(), estimate, Audience.CLIENT),
                    format.name() + " of " + sample.getFileName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aWriteThatFailsLeavesTheExistingFileAsItWas(ExporterRegistry.Format format, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("estimate." + format.name());
        Files.writeString(target, "the previous export");
        Exporter exporter = format.create(ExporterRegistry.Options.defaults());
        ExportRequest request = ExportRequest.of(sample(Estimates.samples().getFirst().getFileName().toString()),
                Audience.CLIENT);
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> exporter.write(request, new FailingStream(out))));
        assertEquals("the previous export", Files.readString(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary file is left behind");
        }
    }

    /** Fails like a full disk once some bytes have been written. */
    private static final class FailingStream extends OutputStream {
        private final OutputStream out;
        private int written;

        FailingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > 100) {
                throw new IOException("No space left on device");
            }
            written += len;
            out.write(b, off, len);
        }
    }
}
