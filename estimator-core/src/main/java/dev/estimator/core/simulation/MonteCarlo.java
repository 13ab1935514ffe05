package dev.estimator.core.simulation;

import com.google.common.base.Preconditions;
import dev.estimator.core.concurrent.Futures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs a {@link SimulationModel}.
 *
 * <p>The trials are cut into blocks of {@value #BLOCK}. A XoRoShiRo128++ generator seeded with
 * the model's seed is jumped once per block (2⁶⁴ draws apart), and each block draws only from its
 * own stream, in a fixed order: the group factors, then each three-point input, then each risk, then
 * the uncertainty factor.
 * Which thread runs a block therefore changes nothing, and every outcome adds its inputs in the
 * model's order: the same model and seed give the same outcomes on any number of threads.
 *
 * <p>A three-point input is drawn by inversion of its PERT-beta distribution (tabulated once per
 * shape, see {@link PertQuantiles}), centred on the table's own mean so that its deviation has the
 * exact mean {@code offset + span × E[X]}. {@value #SUMMED_FROM} or more independent inputs of one shape
 * are drawn as one sum ({@link PertSum}), in the place of the first of them: the same distribution
 * for one draw instead of many. An independent input inverts a uniform number; a member of a
 * correlation group with coefficient ρ inverts Φ(√ρ·F + √(1−ρ)·E) (Φ from {@link StandardNormalTable}), where F is its group's standard
 * normal factor for the trial and E its own: a one-factor Gaussian copula, in which the normal
 * scores of any two members correlate with ρ and each input keeps its own distribution.
 */
public final class MonteCarlo {

    /** Trials per block, the unit of work and of random streams. */
    static final int BLOCK = 4096;

    /**
     * Independent inputs of one shape (same offset, span and mode: same points and rate) are drawn
     * as one sum from this many on ({@link PertSum}); below it, tabulating the sum costs more than it saves.
     */
    static final int SUMMED_FROM = 32;

    /** Recent runs by model: pricing the same variant again (an alternative, a step of a bridge) does not simulate again. */
    private static final int REMEMBERED = 8;
    private static final Map<RunKey, CompletableFuture<SimulatedOutcomes>> RECENT =
            recentlyUsed(REMEMBERED);

    /**
     * Inversion tables by shape (mode, and how many draws one stands for), shared by runs: a
     * bridge or an estimate's alternatives simulate many models that share most of their shapes.
     */
    private static final int TABLES_REMEMBERED = 64;
    private static final Map<TableKey, PertQuantiles> TABLES = recentlyUsed(TABLES_REMEMBERED);

    private record TableKey(double mode, int draws) {
    }

    /**
     * What a run's outcomes depend on, hashed once: a model of 10,000 inputs is looked up and
     * remembered without hashing them twice. The base matters only to the uncertainty factor:
     * without one, models that differ only in it give the same outcomes.
     */
    private static final class RunKey {
        private final SimulationModel model;
        private final int hash;

        RunKey(SimulationModel model) {
            this.model = model;
            this.hash = java.util.Objects.hash(model.amounts(), model.risks(), model.groupCoefficients(),
                    model.trials(), model.seed(), base(model), model.ratios());
        }

        private static double base(SimulationModel model) {
            return model.ratios().isEmpty() ? 0 : model.base();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof RunKey that) || that.hash != hash) {
                return false;
            }
            SimulationModel a = model;
            SimulationModel b = that.model;
            return a.trials() == b.trials() && a.seed() == b.seed()
                    && Double.compare(base(a), base(b)) == 0 && a.ratios().equals(b.ratios())
                    && a.groupCoefficients().equals(b.groupCoefficients()) && a.risks().equals(b.risks())
                    && a.amounts().equals(b.amounts());
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The sums of 1, 2, 4, … draws by mode, from which the tables of sums are combined. */
    private static final Map<Double, PertSum.Powers> POWERS = recentlyUsed(TABLES_REMEMBERED);

    private MonteCarlo() {
    }

    /** A map keeping its {@code capacity} most recently used entries; callers lock it themselves. */
    private static <K, V> Map<K, V> recentlyUsed(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The table of the sum of {@code draws} independent draws of {@code amount}'s distribution (one: its own). */
    private static PertQuantiles table(UncertainAmount amount, int draws) {
        TableKey key = new TableKey(amount.mode(), draws);
        synchronized (TABLES) {
            PertQuantiles known = TABLES.get(key);
            if (known != null) {
                return known;
            }
        }
        PertQuantiles table = draws == 1 ? new PertQuantiles(amount.distribution()) : powers(amount).sumOf(draws);
        synchronized (TABLES) {
            TABLES.put(key, table);
        }
        return table;
    }

    private static PertSum.Powers powers(UncertainAmount amount) {
        synchronized (POWERS) {
            return POWERS.computeIfAbsent(amount.mode(), mode -> new PertSum.Powers(amount.distribution()));
        }
    }

    /** The outcomes of {@code model}, using up to {@code threads} threads (the result does not depend on it). */
    public static SimulatedOutcomes run(SimulationModel model, int threads) {
        Preconditions.checkNotNull(model, "model");
        Preconditions.checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
        RunKey key = new RunKey(model);
        // A run of the same model in progress on another thread (validation and the documents
        // priced side by side) is awaited, not repeated.
        CompletableFuture<SimulatedOutcomes> known;
        CompletableFuture<SimulatedOutcomes> mine = new CompletableFuture<>();
        synchronized (RECENT) {
            known = RECENT.putIfAbsent(key, mine);
        }
        if (known != null) {
            return Futures.joined(known);
        }
        try {
            SimulatedOutcomes outcomes = simulate(model, threads);
            mine.complete(outcomes);
            return outcomes;
        } catch (RuntimeException | Error failure) {
            synchronized (RECENT) {
                RECENT.remove(key, mine);
            }
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    /**
     * How many draws each trial makes: one per risk, per input that varies, except that independent
     * inputs of one shape count once from {@value #SUMMED_FROM} on (they are drawn as one sum).
     */
    public static int drawsPerTrial(List<UncertainAmount> amounts, int risks) {
        int draws = risks;
        for (UncertainAmount amount : amounts) {
            if (amount.span() > 0 && amount.group() >= 0) {
                draws++;
            }
        }
        for (int k : copies(amounts).values()) {
            draws += k >= SUMMED_FROM ? 1 : k;
        }
        return draws;
    }

    /**
     * How many independent inputs that vary there are of each shape. Consecutive inputs of one shape
     * (the usual case: copies of an item) are counted as a run, without looking each one up.
     */
    private static Map<UncertainAmount.Shape, Integer> copies(List<UncertainAmount> amounts) {
        Map<UncertainAmount.Shape, Integer> copies = new HashMap<>();
        UncertainAmount.Shape run = null;
        int length = 0;
        for (UncertainAmount amount : amounts) {
            if (amount.span() > 0 && amount.group() < 0) {
                if (run != null && run.matches(amount)) {
                    length++;
                    continue;
                }
                if (run != null) {
                    copies.merge(run, length, Integer::sum);
                }
                run = amount.shape();
                length = 1;
            }
        }
        if (run != null) {
            copies.merge(run, length, Integer::sum);
        }
        return copies;
    }

    private static SimulatedOutcomes simulate(SimulationModel model, int threads) {
        Plan plan = new Plan(model);
        int blocks = (model.trials() + BLOCK - 1) / BLOCK;
        JumpableUniformRandomProvider root =
                (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(model.seed());
        UniformRandomProvider[] streams = new UniformRandomProvider[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.jump();
        }
        double[] outcomes = new double[model.trials()];
        int workers = Math.min(threads, blocks);
        if (workers == 1) {
            for (int b = 0; b < blocks; b++) {
                plan.block(b, streams[b], outcomes);
            }
        } else {
            runInParallel(plan, streams, outcomes, workers);
        }
        return new SimulatedOutcomes(outcomes);
    }

    private static void runInParallel(Plan plan, UniformRandomProvider[] streams, double[] outcomes, int workers) {
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(Futures.onOwnThread("estimator-simulation", () -> {
                for (int b = next.getAndIncrement(); b < streams.length; b = next.getAndIncrement()) {
                    plan.block(b, streams[b], outcomes);
                }
                return null;
            }));
        }
        running.forEach(Futures::joined);
    }

    /** The model with its tables built once, shared read-only by the blocks. */
    private static final class Plan {

        private final SimulationModel model;
        /** Per trial: the sum of the inputs that never vary. */
        private final double constant;
        private final List<Source> sources;
        private final double[] factorWeight;
        private final double[] ownWeight;
        private final double[] ratios;

        Plan(SimulationModel model) {
            this.model = model;
            Map<Double, PertQuantiles> byMode = new HashMap<>();
            Map<UncertainAmount.Shape, Integer> copies = copies(model.amounts());
            double constant = 0;
            List<Source> sources = new ArrayList<>();
            Map<UncertainAmount.Shape, Boolean> summed = new HashMap<>();
            UncertainAmount.Shape shape = null;
            int copiesOfShape = 0;
            for (UncertainAmount amount : model.amounts()) {
                if (amount.span() == 0) {
                    constant += amount.offset();
                    continue;
                }
                boolean runStarts = false;
                if (amount.group() < 0 && (shape == null || !shape.matches(amount))) {
                    shape = amount.shape();
                    copiesOfShape = copies.get(shape);
                    runStarts = true;
                }
                int k = amount.group() < 0 ? copiesOfShape : 1;
                if (k >= SUMMED_FROM) {
                    // One source for all copies of a shape: added at the first copy (a run's first is looked up).
                    if (runStarts && summed.putIfAbsent(shape, true) == null) {
                        var distribution = amount.distribution();
                        PertQuantiles sum = table(amount, k);
                        sources.add(new Source(sum, k * amount.offset()
                                - amount.span() * (sum.mean() - k * distribution.getMean()), amount.span(), -1));
                    }
                    continue;
                }
                var distribution = amount.distribution();
                PertQuantiles q = byMode.computeIfAbsent(amount.mode(), m -> table(amount, 1));
                sources.add(new Source(q, amount.offset() - amount.span() * (q.mean() - distribution.getMean()),
                        amount.span(), amount.group()));
            }
            this.constant = constant;
            this.sources = List.copyOf(sources);
            factorWeight = model.groupCoefficients().stream().mapToDouble(Math::sqrt).toArray();
            ownWeight = model.groupCoefficients().stream().mapToDouble(rho -> Math.sqrt(1 - rho)).toArray();
            ratios = model.ratios().stream().mapToDouble(Double::doubleValue).toArray();
        }

        void block(int b, UniformRandomProvider rng, double[] outcomes) {
            int from = b * BLOCK;
            int n = Math.min(BLOCK, outcomes.length - from);
            NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            double[][] factors = new double[factorWeight.length][n];
            for (double[] factor : factors) {
                for (int t = 0; t < n; t++) {
                    factor[t] = gauss.sample();
                }
            }
            if (constant != 0) {
                for (int t = 0; t < n; t++) {
                    outcomes[from + t] += constant;
                }
            }
            for (Source source : sources) {
                double offset = source.offset();
                double span = source.span();
                PertQuantiles q = source.quantiles();
                if (source.group() < 0) {
                    for (int t = 0; t < n; t++) {
                        outcomes[from + t] += offset + span * q.inverse(rng.nextDouble());
                    }
                } else {
                    double[] factor = factors[source.group()];
                    double a = factorWeight[source.group()];
                    double c = ownWeight[source.group()];
                    for (int t = 0; t < n; t++) {
                        double u = StandardNormalTable.phi(a * factor[t] + c * gauss.sample());
                        outcomes[from + t] += offset + span * q.inverse(u);
                    }
                }
            }
            for (RiskEvent risk : model.risks()) {
                double p = risk.probability();
                double width = risk.high() - risk.low();
                for (int t = 0; t < n; t++) {
                    if (rng.nextDouble() < p) {
                        outcomes[from + t] += risk.low() + width * rng.nextDouble();
                    }
                }
            }
            if (ratios.length > 0) {
                double base = model.base();
                for (int t = 0; t < n; t++) {
                    outcomes[from + t] = (base + outcomes[from + t]) * ratios[rng.nextInt(ratios.length)] - base;
                }
            }
        }
    }

    /**
     * What one draw per trial adds: {@code offset + span × inverse(u)}; the offset is centred so that
     * the draw has the exact mean of the input(s) it stands for.
     */
    private record Source(PertQuantiles quantiles, double offset, double span, int group) {
    }
}
