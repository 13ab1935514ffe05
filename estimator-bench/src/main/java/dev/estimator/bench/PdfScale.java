package dev.estimator.bench;

import dev.estimator.export.ExportRequest;
import dev.estimator.export.pdf.PdfExporter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The PDF at scale (a benchmark, not a test; run by {@code scripts/bench-pdf}): builds the
 * {@link BenchEstimates bench estimate} of N items in code (reading a file that size is the
 * reader's concern), exports its client PDF once and prints the time, the file size and the peak
 * heap. Run it with the heap to check ({@code -Xmx512m}) and time the process from outside for CPU time.
 */
public final class PdfScale {

    private PdfScale() {
    }

    public static void main(String[] args) throws IOException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long start = System.nanoTime();
        ExportRequest request = BenchEstimates.request(items);
        long built = System.nanoTime();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        WorkbookWriters.CountingStream out = new WorkbookWriters.CountingStream();
        new PdfExporter().write(request, out);
        long written = System.nanoTime();
        // The exporter's own CPU time: it writes on this thread (the JIT and the collector are not counted).
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(java.util.Locale.ROOT,
                "%d items: estimate and totals %.1f s, PDF %.1f s wall, %.1f s CPU (its thread), %.1f MiB, peak heap %d MiB of %d MiB%n",
                items, (built - start) / 1e9, (written - built) / 1e9, cpu / 1e9, out.count() / 1048576.0, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
