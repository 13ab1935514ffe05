package dev.estimator.core;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Random valid estimates for property tests (issue 14), from seeds: currencies of every
 * scale (EUR, USD, JPY, KWD), labour items priced from hourly and daily rates on hours and days,
 * three-point and fixed quantities, every contingency method, discounts and surcharges in percent
 * and amount, tax, milestones, assumptions with amount and percent impacts. Amounts are realistic
 * (at most a few decimals), and yen amounts are chosen to land on .5 ties often.
 */
public final class RandomEstimates {

    private static final String[] CURRENCIES = {"EUR", "JPY", "KWD", "USD"};

    private RandomEstimates() {
    }

    /** A random estimate and the seed that made it, so that a failure can be replayed. */
    public record Sample(long seed, Estimate estimate) {
        @Override
        public String toString() {
            return "seed " + seed + " (" + estimate.header().currency().getCurrencyCode() + ")";
        }
    }

    /**
     * {@code count} valid estimates from consecutive seeds starting at {@code firstSeed} (seeds whose
     * estimate the validator refuses, e.g. discounts above the price, are skipped). Fixed seeds keep
     * every run, and every failure, reproducible.
     */
    public static Stream<Sample> valid(long firstSeed, int count) {
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> firstSeed + i)
                .map(seed -> Optional.of(generate(new Random(seed))).filter(e -> EstimateValidator.validate(e).isEmpty())
                        .map(e -> new Sample(seed, e)))
                .flatMap(Optional::stream)
                .limit(count);
    }

    /** One random estimate from {@code random}; may (rarely) be invalid, e.g. discounts above the price. */
    public static Estimate generate(Random random) {
        Currency currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        Header base = Estimates.header(currency.getCurrencyCode());
        Header header = new Header(base.title(), base.purpose(), base.client(), base.provider(), base.author(),
                currency, base.language(), base.locale(), base.issueDate(), base.validUntil(), base.revision(),
                1 + random.nextInt(5), null);
        List<Role> roles = new ArrayList<>();
        int roleCount = 1 + random.nextInt(3);
        for (int i = 0; i < roleCount; i++) {
            boolean hourly = random.nextBoolean();
            roles.add(new Role("r" + i, "Role " + i, money(random, hourly ? 200 : 2000, scale + 1),
                    money(random, hourly ? 100 : 1000, scale), hourly ? RatePeriod.HOUR : RatePeriod.DAY));
        }
        BigDecimal hoursPerDay = random.nextInt(3) == 0 ? new BigDecimal("7.5") : BigDecimal.valueOf(8);
        List<Group> groups = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        int groupCount = 1 + random.nextInt(3);
        for (int g = 0; g < groupCount; g++) {
            List<LineItem> items = new ArrayList<>();
            int itemCount = 1 + random.nextInt(5);
            for (int i = 0; i < itemCount; i++) {
                String id = "g" + g + "i" + i;
                itemIds.add(id);
                items.add(item(random, id, roles, scale));
            }
            List<Group> sub = random.nextInt(4) == 0
                    ? List.of(new Group("g" + g + "s", "Sub " + g, null, List.of(item(random, "g" + g + "s0", roles, scale)), null))
                    : List.of();
            if (!sub.isEmpty()) {
                itemIds.add("g" + g + "s0");
            }
            groups.add(new Group("g" + g, "Group " + g, null, items, sub));
        }
        List<Risk> risks = new ArrayList<>();
        int riskCount = random.nextInt(3);
        for (int i = 0; i < riskCount; i++) {
            BigDecimal low = money(random, 5000, Math.min(scale, 2));
            risks.add(new Risk("k" + i, "Risk " + i, BigDecimal.valueOf(random.nextInt(101)),
                    new CostRange(low, low.add(money(random, 5000, Math.min(scale, 2)))), null, List.of()));
        }
        Contingency contingency = switch (random.nextInt(riskCount > 0 ? 4 : 3)) {
            case 0 -> null;
            case 1 -> new Contingency(ContingencyMethod.PERCENT, percent(random, 20), null, "Covers the risks.");
            case 2 -> new Contingency(ContingencyMethod.AMOUNT, null, money(random, 3000, scale), "A fixed reserve.");
            default -> new Contingency(ContingencyMethod.RISK_BASED, null, null, "The risks' expected cost.");
        };
        List<Adjustment> adjustments = new ArrayList<>();
        int adjustmentCount = random.nextInt(3);
        for (int i = 0; i < adjustmentCount; i++) {
            AdjustmentKind kind = random.nextBoolean() ? AdjustmentKind.DISCOUNT : AdjustmentKind.SURCHARGE;
            adjustments.add(random.nextBoolean()
                    ? new Adjustment("a" + i, kind, "A reason.", percent(random, 15), null)
                    : new Adjustment("a" + i, kind, "A reason.", null, money(random, 500, scale)));
        }
        Tax tax = random.nextInt(4) == 0 ? null : new Tax("VAT", percent(random, 25));
        List<Milestone> milestones = new ArrayList<>();
        int milestoneCount = random.nextInt(5);
        int left = 100;
        for (int i = 0; i < milestoneCount; i++) {
            int share = i == milestoneCount - 1 ? left : 1 + random.nextInt(Math.max(1, left - (milestoneCount - i - 1)));
            share = Math.min(share, left - (milestoneCount - i - 1));
            milestones.add(new Milestone("M" + i, BigDecimal.valueOf(share), null));
            left -= share;
        }
        List<Assumption> assumptions = new ArrayList<>();
        int assumptionCount = random.nextInt(3);
        for (int i = 0; i < assumptionCount; i++) {
            CostImpact impact = random.nextBoolean()
                    ? new CostImpact(List.of(), money(random, 2000, scale), null, null)
                    : new CostImpact(random.nextBoolean() ? List.of() : List.of(itemIds.get(random.nextInt(itemIds.size()))),
                    null, percent(random, 30), null);
            assumptions.add(new Assumption("s" + i, "Assumption " + i, Owner.CLIENT, null, impact));
        }
        return new Estimate(header, new RateCard(hoursPerDay, roles), groups, assumptions, null, risks, contingency,
                adjustments, tax, milestones, null, null, null);
    }

    private static LineItem item(Random random, String id, List<Role> roles, int scale) {
        Justification why = Justification.of(Basis.EXPERT_JUDGMENT, "Comparable work.");
        Quantity quantity = random.nextBoolean()
                ? Quantity.of(quantity(random))
                : threePoint(random);
        boolean optional = random.nextInt(6) == 0;
        if (random.nextInt(3) > 0) {
            Role role = roles.get(random.nextInt(roles.size()));
            return new LineItem(id, "Item " + id, null, Category.LABOUR, quantity,
                    random.nextBoolean() ? Unit.DAYS : Unit.HOURS, role.id(), null, null, optional, why);
        }
        // Prices like 6990 with quantities like 1.15 put yen amounts on .5 ties.
        BigDecimal price = random.nextInt(3) == 0 ? BigDecimal.valueOf(10 * (1 + random.nextInt(1000)) - 10 + 990)
                : money(random, 5000, scale + random.nextInt(2));
        return new LineItem(id, "Item " + id, null, Category.LICENCE, quantity, Unit.PIECES, null, price, null, optional, why);
    }

    private static Quantity threePoint(Random random) {
        BigDecimal optimistic = quantity(random);
        BigDecimal mostLikely = optimistic.add(quantity(random));
        return Quantity.threePoint(optimistic, mostLikely, mostLikely.add(quantity(random)));
    }

    private static BigDecimal quantity(Random random) {
        return BigDecimal.valueOf(random.nextInt(4000), random.nextInt(3)).max(BigDecimal.ONE);
    }

    private static BigDecimal money(Random random, int max, int decimals) {
        return BigDecimal.valueOf((long) (random.nextDouble() * max * Math.pow(10, decimals)), decimals);
    }

    private static BigDecimal percent(Random random, int max) {
        return random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(max + 1)) : BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2);
    }
}
