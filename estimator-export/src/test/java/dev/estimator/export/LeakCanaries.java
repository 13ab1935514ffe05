package dev.estimator.export;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.negotiation.ConcessionStep;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Distinctive values for every internal figure of an estimate (target and walk-away price, notes,
 * role cost rates, item unit costs), and every spelling in which they, or the figures derived from
 * them (cost, margin, the bridge's cost and margin movement, the headroom after each concession),
 * could reach a document. The leak tests of each format search a client's document for these.
 */
public final class LeakCanaries {

    public static final String NOTES = "LEAKCANARY-7731";
    public static final BigDecimal TARGET = new BigDecimal("987654.32");
    public static final BigDecimal WALK_AWAY = new BigDecimal("876543.21");
    public static final BigDecimal ROLE_COST = new BigDecimal("4321.98");
    public static final BigDecimal UNIT_COST = new BigDecimal("1234.57");
    public static final List<BigDecimal> AMOUNTS = List.of(TARGET, WALK_AWAY, ROLE_COST, UNIT_COST);
    /** Derived figures below this size are left out: a small amount may well appear in the client's copy by chance. */
    private static final BigDecimal NOTABLE = new BigDecimal("100");

    private LeakCanaries() {
    }

    /** {@code estimate} with every internal figure replaced by a canary. */
    public static Estimate canary(Estimate estimate) {
        RateCard rates = new RateCard(estimate.rateCard().hoursPerDay(), estimate.rateCard().roles().stream()
                .map(role -> role.withCost(ROLE_COST)).toList());
        Estimate costed = estimate.withRateCard(rates).withBreakdown(estimate.breakdown().stream()
                .map(group -> group.mapItems(item -> item.withUnitCost(UNIT_COST))).toList());
        return new Estimate(costed.header(), costed.rateCard(), costed.breakdown(), costed.assumptions(),
                costed.exclusions(), costed.risks(), costed.contingency(), costed.adjustments(), costed.tax(),
                costed.milestones(), costed.terms(), costed.alternatives(),
                new InternalSection(TARGET, WALK_AWAY, new BigDecimal("7.5"),
                        NOTES + " client compares us with one other agency"));
    }

    /**
     * Every spelling of the canaries and of the internal figures derived from them in {@code internal}
     * (the internal request of the same canary estimates), with no-break spaces as plain spaces.
     */
    public static List<String> spellings(ExportRequest internal) {
        if (internal.audience() != Audience.INTERNAL) {
            throw new IllegalArgumentException("the derived figures come from the internal request");
        }
        List<BigDecimal> derived = new ArrayList<>();
        internal.totals().internal().ifPresent(t -> {
            derived.add(t.cost());
            derived.add(t.margin());
        });
        internal.bridge().flatMap(b -> b.costMovement()).ifPresent(m -> derived.addAll(List.of(m.costBefore(),
                m.costAfter(), m.marginBefore(), m.marginAfter(), m.costChange(), m.marginChange())));
        for (ConcessionStep step : ConcessionStep.of(internal.totals())) {
            step.marginAfter().ifPresent(derived::add);
            step.aboveTarget().ifPresent(derived::add);
            step.aboveWalkAway().ifPresent(derived::add);
        }
        Header header = internal.estimate().header();
        List<String> spellings = new ArrayList<>(List.of(NOTES));
        List<BigDecimal> values = new ArrayList<>(AMOUNTS);
        derived.stream().filter(v -> v.abs().compareTo(NOTABLE) >= 0).forEach(values::add);
        for (Locale locale : List.of(header.effectiveLocale(), Locale.ITALY, Locale.US, Locale.JAPAN)) {
            MoneyFormat format = MoneyFormat.of(header.currency(), locale);
            for (BigDecimal value : values) {
                BigDecimal money = value.setScale(format.scale(), RoundingMode.HALF_UP);
                spellings.add(flat(format.format(money)));
                spellings.add(flat(format.formatPlain(money)));
                spellings.add(flat(format.formatRate(value)));
            }
        }
        for (BigDecimal value : values) {
            spellings.add(value.toPlainString());
            spellings.add(value.toPlainString().replace('.', ','));
            // A workbook stores numbers as short as they go (12345.6); short ones could match anything.
            String shortest = value.stripTrailingZeros().toPlainString();
            if (shortest.length() >= 6) {
                spellings.add(shortest);
            }
        }
        // A bare number of a few digits (a yen cost rate rounds to 4322) turns up in any PDF's raw
        // bytes as an offset; the figure's formatted spellings above still catch a real leak.
        return spellings.stream().filter(sp -> sp.length() >= 6 || !sp.matches("[0-9]+")).distinct().toList();
    }

    /** {@code text} with no-break and narrow no-break spaces as plain spaces. */
    public static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
