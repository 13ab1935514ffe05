package dev.estimator.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks run, at a tiny size (CI-safe: nothing here is timed). The measurements
 * themselves are taken by {@code scripts/bench-jmh}.
 */
class BenchmarksRunTest {

    @Test
    void everyBenchmarkWritesADocumentAtATinySize() throws IOException {
        WorkbookWriters workbooks = new WorkbookWriters();
        workbooks.items = 5;
        workbooks.setUp();
        PdfWriters pdfs = new PdfWriters();
        pdfs.items = 5;
        pdfs.setUp();
        long[] sizes = {workbooks.estimatorWorkbook(), workbooks.plainPoiSameCells(), pdfs.estimatorPdf(),
                pdfs.plainOpenPdfSameText()};
        for (long size : sizes) {
            assertTrue(size > 1000, java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void thePdfScaleBenchmarkRunsAtATinySize() throws IOException {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream standardOut = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            PdfScale.main(new String[] {"5"});
        } finally {
            System.setOut(standardOut);
        }
        String line = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(line.startsWith("5 items: ") && line.contains("peak heap"), line);
    }
}
