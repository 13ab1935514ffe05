package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The xlsx package is a plain zip any reader can stream (Java's own ZipInputStream is strict
 * about Zip64 records), and the same estimate always gives the same bytes.
 */
class WorkbookZipTest {

    static java.util.stream.Stream<WorkbookFixtures.Named> estimates() {
        return WorkbookFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimates")
    void aStreamingZipReaderReadsEveryEntry(WorkbookFixtures.Named named) throws IOException {
        byte[] xlsx = WorkbookFiles.export(named.estimate(), Audience.CLIENT);
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zip.readAllBytes();
                entries.add(entry.getName());
            }
        }
        assertTrue(entries.contains("xl/workbook.xml") && entries.contains("[Content_Types].xml"), entries.toString());
    }

    /** The rich fixture and the Japanese sample: enough to show the clock plays no part. */
    static java.util.stream.Stream<WorkbookFixtures.Named> someEstimates() {
        return WorkbookFixtures.all().filter(n -> n.name().equals("fixture") || n.name().contains("-ja"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("someEstimates")
    void theSameEstimateGivesTheSameBytes(WorkbookFixtures.Named named) throws InterruptedException {
        byte[] first = WorkbookFiles.export(named.estimate(), Audience.INTERNAL);
        Thread.sleep(2100);   // zip times have a two-second resolution: let the clock move past one
        assertArrayEquals(first, WorkbookFiles.export(named.estimate(), Audience.INTERNAL));
    }
}
