package dev.estimator.core.negotiation;

import static dev.estimator.core.Estimates.because;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.EstimateBuilder;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: times the budget fit over an estimate with OPTIONAL optional items (default 20) and
 * ALTERNATIVES alternatives (default 10), about 11 × 2^20 ≈ 11.5 million combinations, at budgets
 * from 40 % to 95 % of the baseline, for both audiences. Run with {@code scripts/bench-fit}.
 */
public final class FitBenchmark {

    private FitBenchmark() {
    }

    public static void main(String[] args) {
        int optional = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int alternatives = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Estimate estimate = estimate(optional, alternatives, new Random(42));
        BigDecimal baseline = dev.estimator.core.calc.EstimateCalculator.calculate(estimate).grandTotal();
        System.out.printf("%d optional items, %d alternatives, baseline %s EUR gross%n", optional, alternatives, baseline);
        for (int warm = 0; warm < 3; warm++) {
            BudgetFit.search(estimate, baseline.multiply(new BigDecimal("0.7")), PriceBasis.GROSS, 5, Audience.CLIENT);
        }
        for (int percent : new int[] {40, 55, 70, 85, 95}) {
            BigDecimal budget = baseline.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.DOWN);
            for (Audience audience : Audience.values()) {
                long start = System.nanoTime();
                BudgetFit fit = BudgetFit.search(estimate, budget, PriceBasis.GROSS, 5, audience);
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("budget %3d %% (%s) %-8s %5d ms  %,d combinations, %d fit shown, best gives up %s%n",
                        percent, budget, audience.name().toLowerCase(java.util.Locale.ROOT), millis, fit.combinations(),
                        fit.fits().size(), fit.anyFits() ? fit.fits().getFirst().givenUp() : "-");
            }
        }
    }

    static Estimate estimate(int optional, int alternatives, Random random) {
        EstimateBuilder b = Estimate.builder("Benchmark", "EUR", "en").client("C", ClientKind.EXTERNAL).provider("P")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3)
                .role("dev", "Developer", "720", "430", RatePeriod.DAY)
                .role("ux", "Designer", "650", "390", RatePeriod.DAY);
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(LineItem.labour("C" + i, "Core " + i, Quantity.threePoint("3", String.valueOf(4 + i % 5), "12"),
                    Unit.DAYS, i % 3 == 0 ? "ux" : "dev", because()));
        }
        for (int i = 0; i < optional; i++) {
            items.add(LineItem.priced("O" + i, "Option " + i, Category.LICENCE, Quantity.of(1 + random.nextInt(4)),
                    Unit.PIECES, BigDecimal.valueOf(50_000 + random.nextInt(400_000), 2), because()).asOptional());
        }
        b.group("g", "Work", items.toArray(LineItem[]::new)).contingencyPercent("8", "Risks.")
                .discountPercent("loyalty", "5", "Loyalty.").tax("VAT", "22").internal("150000", "90000", "10", null);
        for (int a = 0; a < alternatives; a++) {
            List<Change> changes = switch (a % 4) {
                case 0 -> List.of(new Change.ChangeRate("dev", BigDecimal.valueOf(600 + 10 * a)));
                case 1 -> List.of(new Change.ChangeQuantity("C" + a, Quantity.of(2)), new Change.Drop("O" + a));
                case 2 -> List.of(new Change.Add("g", LineItem.priced("N" + a, "Extra " + a, Category.LICENCE,
                        Quantity.of(1), Unit.PIECES, BigDecimal.valueOf(1234 + a), because()).asOptional()));
                default -> List.of(new Change.ChangeUnitPrice("O" + a, BigDecimal.valueOf(999 + a)));
            };
            b.alternative(new Alternative("alt" + a, "Alternative " + a, "Why.", "Gains.", "Gives up.", null, changes));
        }
        return b.build();
    }
}
