package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same estimate exports to the same bytes: files diff well and can be checked in. */
class PdfReproducibilityTest {

    static java.util.List<Path> samples() {
        return Estimates.samples();
    }

    private static byte[] export(Path sample, Audience audience) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(EstimateFiles.load(sample).orThrow(), audience), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void twoExportsOfTheSameEstimateAreIdenticalAndStillReadable(Path sample) throws IOException {
        byte[] first = export(sample, Audience.CLIENT);
        byte[] second = export(sample, Audience.CLIENT);
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, export(sample, Audience.INTERNAL)));
        try (PDDocument document = Loader.loadPDF(first)) {
            var issued = EstimateFiles.load(sample).orThrow().header().issueDate();
            var created = document.getDocumentInformation().getCreationDate();
            assertEquals(issued.getYear(), created.get(java.util.Calendar.YEAR));
            assertEquals(issued.getDayOfYear(), created.get(java.util.Calendar.DAY_OF_YEAR));
            document.getPages().forEach(page -> page.getResources().getFontNames().forEach(name -> {
                try {
                    assertFalse(page.getResources().getFont(name).getName().isBlank());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
