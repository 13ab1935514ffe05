package dev.estimator.core.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The simulation benchmark (not a test; run by {@code scripts/bench-simulation}): ITEMS three-point
 * items with varied shapes (a tenth of them in four correlation groups when asked) and one risk per
 * ten items, TRIALS trials on THREADS threads; with SHAPES, the items take only that many distinct
 * shapes (points and rate), so that identical items are summed. Prints the best and median of several
 * runs, after a warm-up; each run has its own seed, so none is answered from the engine's memory of
 * recent runs.
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        boolean correlated = args.length > 3 && Boolean.parseBoolean(args[3]);
        int shapes = args.length > 4 ? Integer.parseInt(args[4]) : items;
        SimulationModel model = model(items, trials, correlated, shapes);
        MonteCarlo.run(withSeed(model, 1), threads);   // warm-up: JIT
        MonteCarlo.run(withSeed(model, 2), threads);
        int runs = 7;
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        double p80 = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            p80 = MonteCarlo.run(withSeed(model, 100 + r), threads).percentile(80);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[r] = (processCpuNanos() - cpu) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        java.util.Arrays.sort(cpuMillis);
        // CPU time is what the run costs on idle cores; wall time also shows how busy the machine was.
        System.out.printf("%d items (%d shapes), %d risks, %d trials, %d threads%s: wall best %d ms, median %d ms;"
                        + " CPU best %d ms, median %d ms (P80 deviation %.2f)%n",
                items, Math.min(items, shapes), model.risks().size(), trials, threads,
                correlated ? ", 10 % correlated" : "",
                millis[0], millis[runs / 2], cpuMillis[0], cpuMillis[runs / 2], p80);
    }

    private static SimulationModel withSeed(SimulationModel model, long seed) {
        return new SimulationModel(model.amounts(), model.risks(), model.groupCoefficients(), model.trials(), seed);
    }

    static SimulationModel model(int items, int trials, boolean correlated, int shapes) {
        Random random = new Random(1);
        List<UncertainAmount> amounts = new ArrayList<>();
        List<RiskEvent> risks = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (i % shapes == 0) {
                random = new Random(1);   // the shapes repeat every SHAPES items
            }
            int o = 1 + random.nextInt(20);
            int m = o + random.nextInt(10);
            int p = m + 1 + random.nextInt(20);
            double rate = 400 + random.nextInt(600);
            int group = correlated && i % 10 == 0 ? i % 4 : -1;
            amounts.add(new UncertainAmount("I" + i, -rate * (4 * (m - o) + (p - o)) / 6.0, rate * (p - o),
                    (m - o) / (double) (p - o), group));
            if (i % 10 == 0) {
                risks.add(new RiskEvent("R" + i, random.nextInt(50) / 100.0, 1000, 5000));
            }
        }
        return new SimulationModel(amounts, risks, correlated ? List.of(0.3, 0.5, 0.5, 0.8) : List.of(), trials, 42);
    }

    /** The CPU time this process has used so far (java.base only: the module reads nothing else). */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
