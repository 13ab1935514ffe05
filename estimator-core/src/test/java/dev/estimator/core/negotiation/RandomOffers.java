package dev.estimator.core.negotiation;

import static dev.estimator.core.Estimates.because;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random estimates with optional items and alternatives, for checking the search against brute force. */
final class RandomOffers {

    private RandomOffers() {
    }

    static Estimate draw(Random random, String currency) {
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        EstimateBuilder b = Estimate.builder("Random", currency, "en").client("C", ClientKind.EXTERNAL).provider("P")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3)
                .role("dev", "Developer", money(random, 100, 900, scale), money(random, 50, 500, scale), RatePeriod.DAY);
        List<LineItem> items = new ArrayList<>();
        int count = 2 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            LineItem item = random.nextBoolean()
                    ? LineItem.labour("I" + i, "Work " + i, Quantity.of(1 + random.nextInt(20)), Unit.DAYS, "dev", because())
                    : LineItem.priced("I" + i, "Thing " + i, Category.LICENCE, Quantity.of(1 + random.nextInt(5)),
                    Unit.PIECES, new BigDecimal(money(random, 10, 3000, scale)), because());
            items.add(random.nextInt(5) < 2 ? item.asOptional() : item);
        }
        b.group("g", "Group", items.toArray(LineItem[]::new));
        if (random.nextBoolean()) {
            b.contingencyPercent(String.valueOf(random.nextInt(15)), "Risks.");
        }
        if (random.nextBoolean()) {
            b.adjustment(new Adjustment("d", AdjustmentKind.DISCOUNT, "Loyalty.", BigDecimal.valueOf(random.nextInt(12)), null));
        }
        if (random.nextBoolean()) {
            b.adjustment(new Adjustment("s", AdjustmentKind.SURCHARGE, "Rush.", null, new BigDecimal(money(random, 0, 400, scale))));
        }
        if (random.nextInt(4) > 0) {
            b.tax("VAT", String.valueOf(random.nextInt(25)));
        }
        int alternatives = random.nextInt(4);
        for (int a = 0; a < alternatives; a++) {
            List<Change> changes = new ArrayList<>();
            LineItem target = items.get(random.nextInt(items.size()));
            switch (random.nextInt(4)) {
                case 0 -> changes.add(new Change.Drop(target.id()));
                case 1 -> changes.add(new Change.ChangeQuantity(target.id(), Quantity.of(1 + random.nextInt(10))));
                case 2 -> changes.add(new Change.ChangeRate("dev", new BigDecimal(money(random, 100, 900, scale))));
                default -> {
                    LineItem extra = LineItem.priced("N" + a, "New " + a, Category.LICENCE, Quantity.of(1),
                            Unit.PIECES, new BigDecimal(money(random, 10, 2000, scale)), because());
                    changes.add(new Change.Add("g", random.nextBoolean() ? extra.asOptional() : extra));
                }
            }
            b.alternative(new Alternative("alt" + a, "Alternative " + a, "Why.", "Gains.", "Gives up.", null, changes));
        }
        if (random.nextInt(3) > 0) {
            b.internal(null, money(random, 0, 40000, scale), null, null);
        }
        return b.build();
    }

    static String money(Random random, int low, int high, int scale) {
        long unscaled = (long) ((low + random.nextDouble() * (high - low)) * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }
}
