package dev.estimator.core.compare;

import static dev.estimator.core.Estimates.because;

import dev.estimator.core.model.Category;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: times the revision bridge between two generated revisions of ITEMS line items (default
 * 10,000) that differ in CHANGES items (default 20: removed, added, quantity and unit-price changes)
 * and one role's rate. Run with {@code scripts/bench-compare}.
 */
public final class CompareBenchmark {

    private CompareBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Estimate previous = revision(items, 0, 1, "700");
        Estimate current = revision(items, changes, 2, "720");
        for (int warm = 0; warm < 2; warm++) {
            RevisionBridge.between(previous, current);
        }
        long start = System.nanoTime();
        RevisionBridge bridge = RevisionBridge.between(previous, current);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%,d items, %d changed items and one rate: %d steps in %d ms (difference %s)%n",
                items, changes, bridge.steps().size(), millis, bridge.difference());
    }

    static Estimate revision(int items, int changes, int number, String rate) {
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < items / 100; g++) {
            List<LineItem> lines = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = g * 100 + i;
                boolean changed = n % Math.max(1, items / Math.max(1, changes)) == 0 && n / Math.max(1, items / Math.max(1, changes)) < changes;
                int kind = n % 4;
                if (changed && kind == 0) {
                    continue;   // removed
                }
                String quantity = changed && kind == 1 ? "7" : "5";
                LineItem line = n % 2 == 0
                        ? LineItem.labour("I" + n, "Work " + n, Quantity.of(new BigDecimal(quantity)), Unit.DAYS, "dev", because())
                        : LineItem.priced("I" + n, "Thing " + n, Category.LICENCE, Quantity.of(new BigDecimal(quantity)),
                        Unit.PIECES, new BigDecimal(changed && kind == 3 ? "130" : "120"), because());
                lines.add(line);
                if (changed && kind == 2) {
                    lines.add(LineItem.priced("N" + n, "New " + n, Category.LICENCE, Quantity.of(1), Unit.PIECES,
                            new BigDecimal("99"), because()));
                }
            }
            groups.add(new Group("g" + g, "Group " + g, null, lines, null));
        }
        var b = Estimate.builder("Benchmark", "EUR", "en").client("C", ClientKind.EXTERNAL).provider("P")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3).revision(number, number == 1 ? null : "Changed.")
                .role("dev", "Developer", rate, "430", RatePeriod.DAY).contingencyPercent("8", "Risks.")
                .discountPercent("loyalty", "5", "Loyalty.").tax("VAT", "22");
        groups.forEach(b::group);
        return b.build();
    }
}
