package dev.estimator.cli;

import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.negotiation.Counter;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.core.negotiation.OfferCheck;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The {@code offer} report: the offer against the quote, target, walk-away and largest discount; the verdict; counters. */
final class OfferTable {

    private final Estimate estimate;
    private final OfferCheck check;
    private final MoneyFormat money;
    private final StringBuilder text = new StringBuilder();

    OfferTable(Estimate estimate, OfferCheck check) {
        this.estimate = estimate;
        this.check = check;
        this.money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
    }

    String render() {
        line("Offer check (internal, not for the client) \u2014 " + estimate.header().title() + " \u2014 amounts in "
                + estimate.header().currency().getCurrencyCode());
        line("Against: " + check.alternative().map(a -> "the alternative " + a.name()).orElse("the quote as it stands")
                + ", net " + money.formatPlain(check.quoted().net()));
        line("Offer: " + money.formatPlain(check.offer()) + " (" + PriceBasisOption.describe(check.basis()) + "): net "
                + money.formatPlain(check.offeredNet()) + ", grand total " + money.formatPlain(check.offeredTotal()));
        line("Implied discount: " + money.formatPlain(check.discount()) + " (" + percent(check.discountPercent())
                + " of the quoted net)");
        check.margin().ifPresentOrElse(
                m -> line("Margin at that price: " + money.formatPlain(m) + " (" + percent(check.marginPercent().orElseThrow())
                        + " of net), cost " + money.formatPlain(check.cost().orElseThrow())),
                () -> line("Margin at that price: not known (a role has no cost rate)"));
        NegotiationFigures figures = check.negotiation().orElse(null);
        if (figures != null) {
            threshold("Target price", figures.targetPrice(), check.atOrAboveTarget(), "at or above", "below");
            threshold("Walk-away price", figures.walkAwayPrice(), check.aboveWalkAway(), "at or above", "below");
            if (figures.maxDiscountPercent() != null) {
                line("Largest discount " + percent(figures.maxDiscountPercent()) + ": "
                        + (check.withinMaxDiscount().orElseThrow() ? "within it" : "beyond it"));
            }
        } else {
            line("No target or walk-away price is stated (internal section).");
        }
        line("");
        line("Verdict: " + check.verdict().name().toLowerCase(Locale.ROOT));
        if (!check.counters().isEmpty()) {
            line("");
            line(check.verdict() == dev.estimator.core.negotiation.Verdict.DECLINE
                    ? "No discount may reach the offer without going below walk-away; what can be offered instead:"
                    : "Counters that reach the offer by giving something up rather than by a bare discount:");
            int n = 1;
            for (Counter counter : check.counters()) {
                FitCandidate c = counter.candidate();
                line("  " + n++ + ". " + money.formatPlain(counter.proposedPrice()) + ": " + name(c)
                        + (counter.discountNeeded().signum() == 0 ? "" : " (" + money.formatPlain(c.amount()) + ") with "
                        + money.formatPlain(counter.discountNeeded()) + " off (" + percent(counter.discountPercent()) + ")"
                        + counter.withinMaxDiscount().map(w -> w ? ", within the largest discount"
                        : ", beyond the largest discount").orElse("")));
            }
        }
        return text.toString();
    }

    private void threshold(String name, BigDecimal value, Optional<Boolean> met, String yes, String no) {
        if (value != null) {
            line(name + " " + money.formatPlain(value) + ": " + (met.orElseThrow() ? yes : no));
        }
    }

    private static String name(FitCandidate candidate) {
        String base = candidate.alternative().map(Alternative::name).orElse("As quoted");
        return candidate.dropped().isEmpty() ? base
                : base + ", without " + String.join(", ", candidate.dropped().stream().map(LineItem::title).toList());
    }

    private String percent(BigDecimal value) {
        return money.formatNumber(value) + " %";
    }

    private void line(String line) {
        text.append(line.stripTrailing()).append(System.lineSeparator());
    }
}
