package dev.estimator.bench;

import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The revision bridge ({@code estimator compare}, {@code export --previous}) between two
 * generated revisions of {@code items} line items, like the samples' (half of them three-point
 * quantities, so the Monte Carlo simulation has work to do), that differ in 20 items (removed,
 * added, quantity and unit price) and one role's rate. {@code firstBridge} is the first bridge in a
 * fresh JVM (single shot, no warm-up: "after JVM start"), {@code warmBridge} the steady state.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m"})
public class CompareBridge {

    private static final int CHANGES = 20;

    @Param({"10000"})
    public int items;

    private Estimate previous;
    private Estimate current;

    @Setup(Level.Trial)
    public void setUp() {
        previous = revision(items, 0, 1, "700");
        current = revision(items, CHANGES, 2, "720");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RevisionBridge firstBridge() {
        return RevisionBridge.between(previous, current);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public RevisionBridge warmBridge() {
        return RevisionBridge.between(previous, current);
    }

    /** Revision {@code number} with {@code changes} items changed against revision 1 and the rate at {@code rate}. */
    static Estimate revision(int items, int changes, int number, String rate) {
        Justification why = new Justification(Basis.HISTORICAL_DATA, "Our last five phases like this one took 3 to 6 days.",
                "Projects NW-118, NW-131", Confidence.HIGH, null, null);
        int every = Math.max(1, items / Math.max(1, changes));
        List<LineItem> lines = new ArrayList<>();
        for (int n = 0; n < items; n++) {
            boolean changed = changes > 0 && n % every == 0 && n / every < changes;
            int kind = n % 4;
            if (changed && kind == 0) {
                continue;   // removed
            }
            Quantity quantity = n % 2 == 0
                    ? Quantity.threePoint(String.valueOf(3 + n % 3), String.valueOf(changed && kind == 2 ? 6 : 4 + n % 3),
                            String.valueOf(8 + n % 5))
                    : Quantity.of(new BigDecimal(changed && kind == 1 ? "7" : "5"));
            lines.add(n % 3 == 2
                    ? LineItem.priced("I" + n, "Licence " + n, Category.LICENCE, quantity, Unit.PIECES,
                            new BigDecimal(changed && kind == 3 ? "130" : "120"), why)
                    : LineItem.labour("I" + n, "Work " + n, quantity, Unit.DAYS, "dev", why));
            if (changed && kind == 2) {
                lines.add(LineItem.priced("N" + n, "New " + n, Category.LICENCE, Quantity.of(1), Unit.PIECES,
                        new BigDecimal("99"), why));
            }
        }
        return Estimate.builder("Benchmark", "EUR", "en").client("Client Ltd", ClientKind.EXTERNAL).provider("Provider Ltd")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3).revision(number, number == 1 ? null : "Changed.")
                .role("dev", "Developer", rate, "430", RatePeriod.DAY).contingencyPercent("8", "Risks.")
                .discountPercent("loyalty", "5", "Loyalty.").tax("VAT", "22")
                .group("work", "Work", lines.toArray(LineItem[]::new))
                .build();
    }
}
