package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.negotiation.ConcessionStep;
import dev.estimator.export.document.Block.Column;
import java.util.List;
import java.util.Optional;

/**
 * Concessions as trades. Every audience reads each discount as what was given and what was
 * received ("5 % less, in exchange for: a published case study"), or, for an unconditional one,
 * why it is given; the internal audience also sees where the price stands after each concession:
 * the margin, the headroom to the target and walk-away prices, and whether the largest discount
 * allowed still holds (the core's {@link ConcessionStep} figures).
 */
public final class Trades {

    private Trades() {
    }

    /** The trade a discount states, if it states one, in the sentence every format prints. */
    public static Optional<String> trade(Phrasing p, Adjustment adjustment) {
        if (adjustment.kind() != AdjustmentKind.DISCOUNT) {
            return Optional.empty();
        }
        String size = adjustment.percent() != null ? p.percent(adjustment.percent()) : p.amount(adjustment.amount());
        if (adjustment.inExchangeFor() != null && !adjustment.inExchangeFor().isBlank()) {
            return Optional.of(p.text("trade.exchange", size, adjustment.inExchangeFor()));
        }
        if (adjustment.unconditional() != null && !adjustment.unconditional().isBlank()) {
            return Optional.of(p.text("trade.unconditional", size, adjustment.unconditional()));
        }
        return Optional.empty();
    }

    /** A concession in a few words, e.g. "Discount (5 %)"; its reason is in the price section. */
    private static String label(Phrasing p, Adjustment adjustment) {
        String size = adjustment.percent() != null ? " (" + p.percent(adjustment.percent()) + ")" : "";
        return p.name(adjustment.kind()) + size + ":";
    }

    /** The internal table of where the price stands after each concession; nothing when there is none. */
    static void internalFigures(SectionBuilder section, Phrasing p, EstimateTotals totals) {
        List<ConcessionStep> steps = ConcessionStep.of(totals);
        if (steps.isEmpty()) {
            return;
        }
        section.subheading(p.text("concessions.heading"));
        TableBuilder table = SectionBuilder.table(Column.text(p.text("concessions.concession"), 22),
                Column.number(p.text("concessions.price"), 15), Column.number(p.label("margin"), 14),
                Column.number(p.text("concessions.vsTarget"), 14), Column.number(p.text("concessions.vsWalkAway"), 14),
                Column.number(p.text("concessions.discountSoFar"), 9), Column.text(p.text("concessions.withinMax"), 12));
        for (ConcessionStep step : steps) {
            table.row(label(p, step.adjustment()) + " " + p.signed(step.amount()),
                    p.amount(step.priceAfter()), step.marginAfter().map(p::amount).orElse(p.none()),
                    step.aboveTarget().map(p::signed).orElse(p.none()),
                    step.aboveWalkAway().map(p::signed).orElse(p.none()), p.share(step.discountPercentSoFar()),
                    step.withinMaxDiscount().map(ok -> p.text(ok ? "concessions.yes" : "concessions.no"))
                            .orElse(p.none()));
        }
        section.add(table);
    }
}
