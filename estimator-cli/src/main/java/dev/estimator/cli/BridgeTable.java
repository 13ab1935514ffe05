package dev.estimator.cli;

import static dev.estimator.cli.TotalsTable.pad;
import static dev.estimator.cli.TotalsTable.truncate;

import dev.estimator.core.compare.BridgeCause;
import dev.estimator.core.compare.BridgeStep;
import dev.estimator.core.compare.CostMovement;
import dev.estimator.core.compare.ItemMatch;
import dev.estimator.core.compare.MatchStatus;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Tax;
import dev.estimator.export.format.MoneyFormat;
import dev.estimator.export.format.Vocabulary;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code compare} table: the previous total, each step of the bridge with its amount and
 * reason, the current total; with {@code --internal}, how each step moved the margin and how cost
 * and margin moved overall.
 */
final class BridgeTable {

    private static final int MIN_LABEL_WIDTH = 48;
    private static final int MAX_LABEL_WIDTH = 100;
    private static final Vocabulary UNITS = Vocabulary.forLanguage("en");

    private final Estimate previous;
    private final Estimate current;
    private final RevisionBridge bridge;
    private final MoneyFormat money;
    /** Percentages as every other output phrases them ("7%" in English, "7 %" in Italian). */
    private final dev.estimator.export.document.Phrasing phrasing;
    private final boolean internal;
    private final int labelWidth;
    private final StringBuilder text = new StringBuilder();

    BridgeTable(Estimate previous, Estimate current, RevisionBridge bridge) {
        this.previous = previous;
        this.current = current;
        this.bridge = bridge;
        this.money = MoneyFormat.of(current.header().currency(), current.header().effectiveLocale());
        this.phrasing = dev.estimator.export.document.Phrasing.of(current);
        this.internal = bridge.costMovement().isPresent();
        int longest = bridge.steps().stream().mapToInt(s -> TotalsTable.columns(describe(s.cause()))).max().orElse(0);
        this.labelWidth = Math.clamp(longest + 4L, MIN_LABEL_WIDTH, MAX_LABEL_WIDTH);
    }

    String render() {
        line(current.header().title());
        line(current.header().client().name() + " \u2014 revision " + bridge.previousRevision() + " \u2192 revision "
                + bridge.currentRevision() + " \u2014 amounts in " + bridge.currency());
        line("");
        if (internal) {
            line(pad("", labelWidth) + pad("total", -16) + pad("margin", -16));
        }
        row("Revision " + bridge.previousRevision() + " grand total", money.formatPlain(bridge.previousTotal()), "");
        for (BridgeStep step : bridge.steps()) {
            row(describe(step.cause()), signed(step.amount()), step.marginChange().map(this::signed).orElse(""));
            step.reason().ifPresent(reason -> line("      why: " + reason));
        }
        row("Revision " + bridge.currentRevision() + " grand total", money.formatPlain(bridge.currentTotal()), "");
        row("Difference", signed(bridge.difference()), "");
        if (bridge.steps().isEmpty()) {
            line("  No change moves the price.");
        }
        matching();
        if (bridge.note() != null) {
            line("");
            line("Note of revision " + bridge.currentRevision() + ": " + bridge.note());
        }
        bridge.costMovement().ifPresent(this::costMovement);
        return text.toString();
    }

    private void matching() {
        List<ItemMatch> items = bridge.match().items();
        List<String> renamed = items.stream().filter(ItemMatch::renamed)
                .map(m -> m.id() + " \u201c" + m.before().title() + "\u201d \u2192 \u201c" + m.after().title() + "\u201d")
                .toList();
        List<String> moved = items.stream().filter(ItemMatch::moved)
                .map(m -> m.id() + " " + m.groupBefore() + " \u2192 " + m.groupAfter()).toList();
        long kept = items.stream().filter(m -> m.before() != null && m.after() != null).count();
        line("");
        line("Items: " + kept + " in both, " + count(items, MatchStatus.ADDED) + " added, "
                + count(items, MatchStatus.REMOVED) + " removed, " + count(items, MatchStatus.CHANGED) + " changed");
        if (!renamed.isEmpty()) {
            line("  Renamed: " + String.join("; ", renamed));
        }
        if (!moved.isEmpty()) {
            line("  Moved to another group: " + String.join("; ", moved));
        }
    }

    private static long count(List<ItemMatch> items, MatchStatus status) {
        return items.stream().filter(m -> m.status() == status).count();
    }

    private void costMovement(CostMovement movement) {
        line("");
        line("Internal (not for the client)");
        line("  Cost: " + money.formatPlain(movement.costBefore()) + " \u2192 " + money.formatPlain(movement.costAfter())
                + " (" + signed(movement.costChange()) + ")");
        line("  Margin: " + money.formatPlain(movement.marginBefore()) + " \u2192 "
                + money.formatPlain(movement.marginAfter()) + " (" + signed(movement.marginChange()) + ")");
        line("  Margin % of net: " + phrasing.share(movement.marginPercentBefore()) + " \u2192 "
                + phrasing.share(movement.marginPercentAfter()));
    }

    /** The step's cause in a few words, with its before and after. */
    private String describe(BridgeCause cause) {
        return switch (cause) {
            case BridgeCause.ItemRemoved c -> "Removed " + item(c.item());
            case BridgeCause.ItemAdded c -> "Added " + item(c.item());
            case BridgeCause.QuantityChanged c -> "Quantity of " + item(c.after()) + ": "
                    + quantity(c.pricedBefore(), c.before()) + " \u2192 " + quantity(c.pricedAfter(), c.after());
            case BridgeCause.RoleChanged c -> "Rate of " + c.after().name() + ": "
                    + money.formatRatePlain(c.before().rate()) + " \u2192 " + money.formatRatePlain(c.after().rate())
                    + " per " + c.after().per().fileName();
            case BridgeCause.HoursPerDayChanged c -> "Hours per day: " + money.formatNumber(c.before()) + " \u2192 "
                    + money.formatNumber(c.after());
            case BridgeCause.ItemRoleChanged c -> item(c.after()) + " priced as " + pricedAs(c.after(), current)
                    + " (was " + pricedAs(c.before(), previous) + ")";
            case BridgeCause.UnitPriceChanged c -> "Unit price of " + item(c.after()) + ": "
                    + rate(c.before().unitPrice()) + " \u2192 " + rate(c.after().unitPrice());
            case BridgeCause.OptionalChanged c -> item(c.item()) + (c.optional() ? " made optional" : " no longer optional");
            case BridgeCause.RiskRemoved c -> "Risk removed: " + c.risk().id() + " " + c.risk().description();
            case BridgeCause.RiskAdded c -> "Risk added: " + c.risk().id() + " " + c.risk().description();
            case BridgeCause.RiskChanged c -> "Risk changed: " + c.after().id() + " " + c.after().description();
            case BridgeCause.ContingencyChanged c -> "Contingency: " + contingency(c.before()) + " \u2192 "
                    + contingency(c.after());
            case BridgeCause.AdjustmentRemoved c -> adjustment(c.adjustment()) + " removed";
            case BridgeCause.AdjustmentAdded c -> adjustment(c.adjustment()) + " added";
            case BridgeCause.AdjustmentChanged c -> adjustment(c.before()) + " \u2192 " + size(c.after());
            case BridgeCause.AdjustmentsReordered c -> "Adjustments reordered: " + String.join(", ", c.before())
                    + " \u2192 " + String.join(", ", c.after());
            case BridgeCause.TaxChanged c -> "Tax: " + tax(c.before()) + " \u2192 " + tax(c.after());
            case BridgeCause.OtherChanges c -> "Other changes";
        };
    }

    private static String item(LineItem item) {
        return item.id() + " " + item.title();
    }

    private String quantity(BigDecimal priced, LineItem item) {
        return money.formatNumber(priced) + " " + UNITS.unit(item, priced);
    }

    private String rate(BigDecimal rate) {
        return rate == null ? "none" : money.formatRatePlain(rate);
    }

    private static String pricedAs(LineItem item, Estimate estimate) {
        if (item.role() == null) {
            return "a unit price";
        }
        return estimate.rateCard().role(item.role()).map(r -> r.name()).orElse(item.role());
    }

    private String contingency(Contingency c) {
        if (c == null) {
            return "none";
        }
        return switch (c.method()) {
            case PERCENT -> phrasing.percent(c.percent()) + " of subtotal";
            case AMOUNT -> money.formatPlain(c.amount());
            case RISK_BASED -> "expected cost of the risks";
            case SIMULATION -> "simulated at " + phrasing.percent(java.math.BigDecimal.valueOf(c.confidence())) + " confidence";
        };
    }

    private String adjustment(Adjustment a) {
        String kind = a.kind().fileName();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + a.id() + " (" + size(a) + ")";
    }

    private String size(Adjustment a) {
        return a.percent() != null ? phrasing.percent(a.percent()) : money.formatPlain(a.amount());
    }

    private String tax(Tax tax) {
        return tax == null ? "none" : tax.name() + " " + phrasing.percent(tax.percent());
    }

    private String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + money.formatPlain(amount);
    }

    private void row(String label, String amount, String margin) {
        String line = pad("  " + truncate(label, labelWidth - 3), labelWidth) + pad(amount, -16)
                + (internal ? pad(margin, -16) : "");
        line(line);
    }

    private void line(String line) {
        text.append(line.stripTrailing()).append(System.lineSeparator());
    }
}
