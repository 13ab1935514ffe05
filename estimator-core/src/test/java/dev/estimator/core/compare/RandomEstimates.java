package dev.estimator.core.compare;

import static dev.estimator.core.Estimates.because;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.EstimateBuilder;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random estimates drawn from shared pools of ids, so two of them in one currency look like two
 * revisions: some items, risks and adjustments in common, some not, with other figures.
 */
final class RandomEstimates {

    static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD");

    private RandomEstimates() {
    }

    static Estimate draw(Random random, String currency, int revision) {
        Money money = new Money(random, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        EstimateBuilder b = Estimate.builder("Random", currency, "en").client("C", ClientKind.EXTERNAL).provider("P")
                .issued(LocalDate.of(2026, 11, 20), null).estimateClass(3)
                .revision(revision, revision == 1 ? null : "Changed.");
        if (random.nextInt(4) == 0) {
            b.hoursPerDay(random.nextBoolean() ? "8" : "7.5");
        }
        int roles = 1 + random.nextInt(3);
        for (int r = 0; r < roles; r++) {
            b.role("r" + r, "Role " + r, money.of(50, 900), random.nextInt(5) == 0 ? null : money.of(30, 600),
                    random.nextBoolean() ? RatePeriod.DAY : RatePeriod.HOUR);
        }
        List<List<LineItem>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            groups.get(random.nextInt(3)).add(item(random, money, "I" + i, roles));
        }
        if (groups.stream().allMatch(List::isEmpty)) {
            groups.getFirst().add(item(random, money, "I0", roles));
        }
        for (int g = 0; g < 3; g++) {
            if (!groups.get(g).isEmpty()) {
                b.group(new Group("g" + g, "Group " + g, null, groups.get(g), null));
            }
        }
        int contingency = random.nextInt(4);
        boolean anyRisk = false;
        for (int r = 0; r < 4; r++) {
            if (random.nextBoolean() || (r == 3 && !anyRisk && contingency == 3)) {
                anyRisk = true;
                b.risk(new Risk("R" + r, "Risk " + r, BigDecimal.valueOf(5 + random.nextInt(60)),
                        new CostRange(new BigDecimal(money.of(100, 2000)), new BigDecimal(money.of(2000, 9000))),
                        null, null));
            }
        }
        switch (contingency) {
            case 0 -> { }
            case 1 -> b.contingencyPercent(percent(random), "Percent.");
            case 2 -> b.contingency(new Contingency(ContingencyMethod.AMOUNT, null, new BigDecimal(money.of(0, 3000)), "Amount."));
            default -> b.contingency(new Contingency(ContingencyMethod.RISK_BASED, null, null, "Risks."));
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            if (random.nextBoolean()) {
                AdjustmentKind kind = random.nextBoolean() ? AdjustmentKind.DISCOUNT : AdjustmentKind.SURCHARGE;
                adjustments.add(random.nextBoolean()
                        ? new Adjustment("adj" + a, kind, "Reason.", new BigDecimal(percent(random)), null)
                        : new Adjustment("adj" + a, kind, "Reason.", null, new BigDecimal(money.of(0, 500))));
            }
        }
        Collections.shuffle(adjustments, random);
        adjustments.forEach(b::adjustment);
        if (random.nextInt(4) != 0) {
            b.tax("Tax", random.nextBoolean() ? "22" : percent(random));
        }
        return b.build();
    }

    private static LineItem item(Random random, Money money, String id, int roles) {
        Quantity quantity = random.nextBoolean()
                ? Quantity.of(new BigDecimal(decimal(random, 1, 40, 1)))
                : threePoint(random);
        LineItem item;
        if (random.nextInt(3) > 0) {
            item = new LineItem(id, "Work " + id, null, Category.LABOUR, quantity,
                    random.nextBoolean() ? Unit.DAYS : Unit.HOURS, "r" + random.nextInt(roles), null, null, false, because());
        } else {
            item = new LineItem(id, "Thing " + id, null, Category.LICENCE, quantity, Unit.PIECES, null,
                    new BigDecimal(money.of(1, 3000)),
                    random.nextBoolean() ? new BigDecimal(money.of(1, 2000)) : null, false, because());
        }
        return random.nextInt(4) == 0 ? item.asOptional() : item;
    }

    private static Quantity threePoint(Random random) {
        int o = 1 + random.nextInt(10);
        int m = o + random.nextInt(10);
        int p = m + random.nextInt(15);
        return Quantity.threePoint(String.valueOf(o), String.valueOf(m), String.valueOf(p));
    }

    /** Amounts with up to as many decimals as the currency has. */
    private record Money(Random random, int scale) {
        String of(int low, int high) {
            return decimal(random, low, high, scale);
        }
    }

    private static String percent(Random random) {
        return decimal(random, 0, 30, 2);
    }

    private static String decimal(Random random, int low, int high, int maxScale) {
        int scale = random.nextInt(maxScale + 1);
        long unscaled = (long) ((low + random.nextDouble() * (high - low)) * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }
}
