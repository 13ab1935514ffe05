package dev.estimator.export.xlsx;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Unit;
import dev.estimator.export.ExportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Not a test: exports a generated estimate of many line items and prints the time taken and the
 * peak heap. Run it as docs/workbook.md describes, e.g. with {@code -Xmx256m}:
 * {@code WorkbookBenchmark 20000} measures the exporter (streamed rows, cached results from the
 * calculator); {@code WorkbookBenchmark 20000 evaluate} then also loads the result into POI's
 * in-memory model and evaluates every formula, which is what building the workbook in memory and
 * evaluating it before saving would cost.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        boolean evaluate = args.length > 1 && args[1].equals("evaluate");
        Estimate estimate = generate(items);
        ExportRequest request = ExportRequest.of(estimate, Audience.INTERNAL);
        System.gc();
        double model = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        resetPeaks();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        CountingStream out = new CountingStream(evaluate ? new ByteArrayOutputStream() : OutputStream.nullOutputStream());
        new WorkbookExporter().write(request, out);
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        // The exporter's thread CPU time: on a loaded machine the wall time says more about the load.
        long exportCpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        // The whole process's: the thread writing the rows' XML and the collector's included.
        long processCpuMillis = (processCpuNanos() - processCpuStart) / 1_000_000;
        System.out.printf("items=%d export: %d ms wall, %d ms CPU (process: %d ms), %.1f MiB file, peak heap %.0f MiB, of which"
                        + " the estimate and its totals %.0f MiB (max heap %.0f MiB)%n", items, exportMillis, exportCpuMillis,
                processCpuMillis, out.count / 1048576.0, peakHeapMiB(), model, Runtime.getRuntime().maxMemory() / 1048576.0);
        if (evaluate) {
            byte[] bytes = ((ByteArrayOutputStream) out.target).toByteArray();
            out = null;
            request = null;
            estimate = null;
            System.gc();
            resetPeaks();
            start = System.nanoTime();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            System.out.printf("items=%d in-memory load + evaluateAll: %d ms, peak heap %.0f MiB%n", items,
                    (System.nanoTime() - start) / 1_000_000, peakHeapMiB());
        }
    }

    /** Counts what is written, passing it on. */
    private static final class CountingStream extends FilterOutputStream {
        private final OutputStream target;
        private long count;

        CountingStream(OutputStream target) {
            super(target);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            count += len;
        }
    }

    /** An estimate of {@code count} items in groups of 50 under top-level phases, with two alternatives. */
    static Estimate generate(int count) {
        Estimate template = WorkbookFixtures.rich();
        List<LineItem> proto = template.allItems().toList();
        List<Group> phases = new ArrayList<>();
        int made = 0;
        for (int phase = 0; made < count; phase++) {
            List<Group> packages = new ArrayList<>();
            for (int pack = 0; pack < 10 && made < count; pack++) {
                List<LineItem> items = new ArrayList<>();
                for (int i = 0; i < 50 && made < count; i++, made++) {
                    LineItem base = proto.get(made % proto.size());
                    int low = 2 + made % 5;
                    int likely = low + made % 4;
                    Quantity quantity = made % 3 == 0
                            ? Quantity.threePoint(BigDecimal.valueOf(low), BigDecimal.valueOf(likely),
                            BigDecimal.valueOf(likely + 1 + made % 6))
                            : Quantity.of(BigDecimal.valueOf(1 + made % 17, made % 2));
                    items.add(new LineItem("X" + made, base.title() + " " + made, base.description(), base.category(),
                            quantity, base.unit(), base.role(), base.unitPrice(), base.unitCost(), made % 40 == 0,
                            base.justification()));
                }
                packages.add(new Group("p" + phase + "w" + pack, "Work package " + phase + "." + pack, null, items, null));
            }
            phases.add(new Group("p" + phase, "Phase " + phase, "Generated phase.", List.of(), packages));
        }
        LineItem extra = new LineItem("NEW1", "Extra tooling", null, Category.LICENCE, Quantity.of(3), Unit.LICENCES,
                null, new BigDecimal("120"), null, false, proto.getFirst().justification());
        List<Alternative> alternatives = List.of(
                new Alternative("slim", "Slim", "Smaller scope.", "Cheaper.", "Less.", null, List.of(
                        new Change.Drop("X1"), new Change.ChangeQuantity("X2", Quantity.of(1)),
                        new Change.ChangeRate("dev", new BigDecimal("650")), new Change.Add("p0w0", extra))),
                new Alternative("later", "Later", "Phased.", "Spread.", "Slower.", "slim", List.of(
                        new Change.Drop("X4"))));
        return WorkbookFixtures.valid(new Estimate(template.header(), template.rateCard(), phases,
                template.assumptions().stream().map(a -> a.impact() == null || a.impact().items().isEmpty() ? a
                        : new dev.estimator.core.model.Assumption(a.id(), a.statement(), a.owner(), a.rationale(),
                        new dev.estimator.core.model.CostImpact(List.of("X0", "X5"), a.impact().amount(),
                                a.impact().percent(), a.impact().description()))).toList(),
                template.exclusions(), template.risks().stream().map(r -> new dev.estimator.core.model.Risk(r.id(),
                        r.description(), r.probability(), r.impact(), r.mitigation(), List.of("X0"))).toList(),
                template.contingency(), template.adjustments(), template.tax(), template.milestones(), template.terms(),
                alternatives, template.internal()));
    }

    /** User and system time of the whole process from Linux's /proc (in clock ticks of 10 ms), or 0 elsewhere. */
    private static long processCpuNanos() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static final AtomicLong PEAK = new AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        PEAK.set(0);
    }

    /**
     * The most heap seen in use (sampled every 2 ms), garbage not yet collected included: what the
     * heap had to hold at worst. Run with a small -Xmx to see the bound the work really needs.
     */
    private static double peakHeapMiB() {
        return PEAK.get() / 1048576.0;
    }
}
