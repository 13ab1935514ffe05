package dev.estimator.cli;

import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TotalRange;
import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.document.Phrasing;
import dev.estimator.core.negotiation.ConcessionStep;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code totals} table: groups and subtotals, contingency, adjustments, tax, grand total, the
 * range, milestones and alternatives; cost and margin for the internal audience. Amounts are
 * written in the estimate's locale, without a currency symbol (the currency heads the table).
 */
final class TotalsTable {

    private static final int LABEL_WIDTH = 60;
    /** The command speaks English; units read "1 piece", "12 months". */
    private static final dev.estimator.export.format.Vocabulary UNITS = dev.estimator.export.format.Vocabulary.forLanguage("en");

    private final Estimate estimate;
    private final EstimateTotals totals;
    private final boolean showItems;
    private final MoneyFormat money;
    /** Changes, percentages and rates worded as every document words them. */
    private final Phrasing phrasing;
    private final List<String[]> rows = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    TotalsTable(Estimate estimate, EstimateTotals totals, boolean showItems) {
        this.estimate = estimate;
        this.totals = totals;
        this.showItems = showItems;
        Header header = estimate.header();
        this.money = MoneyFormat.of(header.currency(), header.effectiveLocale());
        this.phrasing = Phrasing.of(estimate);
    }

    String render() {
        Header header = estimate.header();
        line(header.title());
        line(header.client().name() + " \u2014 revision " + header.revision().number()
                + (header.issueDate() == null ? "" : ", " + header.issueDate())
                + " \u2014 amounts in " + header.currency().getCurrencyCode());
        line("");
        for (GroupTotal group : totals.groups()) {
            group(group);
        }
        row("Subtotal", totals.subtotal());
        if (estimate.contingency() != null) {
            row("Contingency (" + contingencyNote() + ")", totals.contingency());
        }
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            var a = adjustment.adjustment();
            String how = a.percent() != null ? " " + percent(a.percent()) : "";
            row(capitalise(a.kind().fileName()) + how + ": " + a.reason(), adjustment.amount());
            if (a.inExchangeFor() != null) {
                line("      in exchange for: " + a.inExchangeFor());
            } else if (a.unconditional() != null) {
                line("      given unconditionally: " + a.unconditional());
            }
        }
        row("Net price", totals.net());
        if (estimate.tax() != null) {
            row(estimate.tax().name() + " " + percent(estimate.tax().percent()), totals.tax());
        }
        row("Grand total", totals.grandTotal());
        flushRows();
        if (totals.optionalSubtotal().signum() != 0) {
            line("  Optional items included above: " + money.formatPlain(totals.optionalSubtotal())
                    + "; grand total without them: " + money.formatPlain(totals.totalWithoutOptional()));
        }
        range();
        milestones();
        alternatives();
        if (totals.internal().isPresent() || totals.negotiation().isPresent()) {
            internal(totals.internal().orElse(null));
        }
        return text.toString();
    }

    private void group(GroupTotal group) {
        String indent = "  ".repeat(group.depth());
        row(indent + group.title(), group.amount());
        if (showItems) {
            for (ItemTotal item : group.items()) {
                LineItem line = estimate.item(item.itemId()).orElseThrow();
                String label = indent + "  " + item.itemId() + " " + line.title() + " ("
                        + money.formatNumber(item.quantity()) + " " + UNITS.unit(line, item.quantity()) + " \u00d7 "
                        + phrasing.rate(item.rate()) + ")"
                        + (item.optional() ? " [optional]" : "");
                row(label, item.amount());
            }
        }
        for (GroupTotal child : group.groups()) {
            group(child);
        }
    }

    private void range() {
        TotalRange range = totals.range();
        AccuracyRange accuracy = estimate.header().effectiveAccuracy();
        line("");
        line("Range");
        if (range.optimistic().compareTo(range.pessimistic()) != 0) {
            line("  Three-point items: optimistic " + money.formatPlain(range.optimistic()) + ", pessimistic "
                    + money.formatPlain(range.pessimistic()) + ", P80 " + money.formatPlain(range.p80()));
        }
        line("  Class " + estimate.header().estimateClass() + " accuracy (" + signed(accuracy.low()) + " / "
                + signed(accuracy.high()) + "): " + money.formatPlain(range.classLow()) + " to "
                + money.formatPlain(range.classHigh()));
        simulation(totals.simulation());
    }

    private void simulation(SimulationResult simulation) {
        line("  Simulated (" + simulation.trials() + " trials, seed "
                + simulation.seed() + "): P10 " + money.formatPlain(simulation.p10()) + ", P50 "
                + money.formatPlain(simulation.p50()) + ", P80 " + money.formatPlain(simulation.p80()) + ", P90 "
                + money.formatPlain(simulation.p90()));
        line("  Budget figure (P" + simulation.budget().percent() + "): " + money.formatPlain(simulation.budget().total())
                + "; the quoted grand total covers " + simulation.quotedConfidence().toPlainString()
                + " % of the simulated outcomes" + (simulation.includesHistory() ? " (scaled by past projects)" : ""));
        totals.calibration().ifPresent(c -> line("  History: " + c.projects() + " comparable projects finished at a median of "
                + signed(c.median()) + " against their estimates (from " + signed(c.lowest()) + " to "
                + signed(c.highest()) + ")"));
    }

    private void milestones() {
        if (totals.milestones().isEmpty()) {
            return;
        }
        line("");
        line("Payment schedule");
        for (MilestoneAmount milestone : totals.milestones()) {
            row(milestone.milestone().name() + " (" + percent(milestone.milestone().percent()) + ")",
                    milestone.amount());
        }
        flushRows();
    }

    private void alternatives() {
        if (totals.alternatives().isEmpty()) {
            return;
        }
        line("");
        line(pad("Alternatives", LABEL_WIDTH) + pad("total", -16) + pad("difference", -16));
        for (AlternativeTotals alternative : totals.alternatives()) {
            BigDecimal delta = alternative.delta();
            line(pad("  " + alternative.alternative().name(), LABEL_WIDTH)
                    + pad(money.formatPlain(alternative.totals().grandTotal()), -16)
                    + pad((delta.signum() > 0 ? "+" : "") + money.formatPlain(delta), -16));
            for (var change : alternative.alternative().changes()) {
                line("    " + phrasing.change(change));
            }
        }
    }

    private void internal(dev.estimator.core.calc.InternalTotals internal) {
        line("");
        line("Internal (not for the client)");
        if (internal != null) {
            row("Cost", internal.cost());
            row("Margin (" + phrasing.share(internal.marginPercent()) + " of net)", internal.margin());
        } else {
            line("  Cost and margin: not known (a role on the rate card has no cost rate)");
        }
        InternalSection section = estimate.internal();
        NegotiationFigures negotiation = totals.negotiation().orElse(null);
        if (negotiation != null) {
            if (negotiation.targetPrice() != null) {
                row("Target price", negotiation.targetPrice());
            }
            if (negotiation.walkAwayPrice() != null) {
                row("Walk-away price", negotiation.walkAwayPrice());
            }
        }
        flushRows();
        if (negotiation != null) {
            if (negotiation.maxDiscountPercent() != null) {
                line("  Maximum discount: " + percent(negotiation.maxDiscountPercent()));
            }
            if (negotiation.netVersusTarget() != null) {
                BigDecimal gap = negotiation.netVersusTarget();
                line("  Net price vs target: " + (gap.signum() >= 0 ? "+" : "") + money.formatPlain(gap));
            }
        }
        List<ConcessionStep> concessions = ConcessionStep.of(totals);
        if (!concessions.isEmpty()) {
            line("  After each concession (net so far; margin; against target and walk-away; discount so far):");
            for (ConcessionStep step : concessions) {
                StringBuilder text = new StringBuilder("    " + step.adjustment().id() + " (" + money.formatPlain(step.amount())
                        + "): " + money.formatPlain(step.priceAfter()));
                step.marginAfter().ifPresent(m -> text.append("; margin ").append(money.formatPlain(m)));
                step.aboveTarget().ifPresent(t -> text.append("; target ").append(signedMoney(t)));
                step.aboveWalkAway().ifPresent(w -> text.append("; walk-away ").append(signedMoney(w)));
                text.append("; ").append(percent(step.discountPercentSoFar()));
                step.withinMaxDiscount().ifPresent(w -> text.append(w ? ", within the largest" : ", BEYOND the largest"));
                line(text.toString());
            }
        }
        if (section != null && section.notes() != null) {
            line("  Notes: " + section.notes());
        }
        if (section != null && !section.negotiation().isEmpty()) {
            line("  Negotiation log:");
            for (var entry : section.negotiation()) {
                line("    " + entry.date() + " " + entry.by().fileName() + " asked: " + entry.asked()
                        + (entry.conceded() == null ? "" : " Conceded: " + entry.conceded())
                        + (entry.received() == null ? "" : " Received: " + entry.received()));
            }
        }
    }

    private String contingencyNote() {
        var c = estimate.contingency();
        return switch (c.method()) {
            case PERCENT -> percent(c.percent()) + " of subtotal";
            case AMOUNT -> "stated amount";
            case RISK_BASED -> "expected cost of " + estimate.risks().size() + " risks";
            case SIMULATION -> "simulated P" + c.confidence() + " less the subtotal";
        };
    }

    private void row(String label, BigDecimal amount) {
        rows.add(new String[] {label, money.formatPlain(amount)});
    }

    private void flushRows() {
        for (String[] row : rows) {
            String label = truncate(row[0], LABEL_WIDTH - 2);
            text.append((pad("  " + label, LABEL_WIDTH) + pad(row[1], -16)).stripTrailing())
                    .append(System.lineSeparator());
        }
        rows.clear();
    }

    private void line(String line) {
        if (!rows.isEmpty()) {
            flushRows();
        }
        text.append(line.stripTrailing()).append(System.lineSeparator());
    }

    /** {@code value} cut to at most {@code width} display columns, with an ellipsis when cut. */
    static String truncate(String value, int width) {
        if (columns(value) <= width) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int codePoint : value.codePoints().toArray()) {
            int w = displayWidth(codePoint);
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(codePoint);
            used += w;
        }
        return out.append('\u2026').toString();
    }

    static int columns(String value) {
        return value.codePoints().map(TotalsTable::displayWidth).sum();
    }

    /** Pads to {@code width} display columns (negative: right-aligned), counting wide CJK characters as two. */
    static String pad(String value, int width) {
        int columns = columns(value);
        int target = Math.abs(width);
        String fill = " ".repeat(Math.max(0, target - columns));
        return width < 0 ? fill + value : value + fill;
    }

    private static int displayWidth(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
        return wide ? 2 : 1;
    }

    private String percent(BigDecimal value) {
        return phrasing.percent(value);
    }

    private String signedMoney(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + money.formatPlain(value);
    }

    private String signed(BigDecimal value) {
        return phrasing.signedPercent(value);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
