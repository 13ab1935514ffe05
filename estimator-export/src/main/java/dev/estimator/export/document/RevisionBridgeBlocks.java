package dev.estimator.export.document;

import dev.estimator.core.compare.BridgeStep;
import dev.estimator.core.compare.CostMovement;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision bridge as the documents show it: the previous grand total, each step with its
 * exact amount (the core's figure) and the reason the current revision gives for it, the current
 * grand total and the difference, then the same walk as a waterfall chart. The internal audience
 * also sees how each step moved the margin and how cost and margin moved overall; a client's
 * bridge is computed from redacted revisions, so it has no cost figure to show.
 */
final class RevisionBridgeBlocks {

    private RevisionBridgeBlocks() {
    }

    static void add(SectionBuilder section, SectionContext context, RevisionBridge bridge) {
        Phrasing p = context.phrasing();
        BridgePhrases phrases = new BridgePhrases(p);
        boolean margins = context.isInternal() && bridge.costMovement().isPresent();
        section.paragraph(p.text("bridge.intro", bridge.previousRevision()));
        TableBuilder table = margins
                ? SectionBuilder.table(Column.text(p.text("bridge.change"), 58), Column.number(p.label("amount"), 21),
                        Column.number(p.text("bridge.marginChange"), 21))
                : SectionBuilder.table(Column.text(p.text("bridge.change"), 72), Column.number(p.label("amount"), 28));
        String previous = p.text("bridge.previousTotal", bridge.previousRevision());
        String current = p.text("bridge.currentTotal", bridge.currentRevision());
        row(table, margins, RowKind.GROUP, previous, p.amount(bridge.previousTotal()), "");
        List<Block.WaterfallStep> bars = new ArrayList<>();
        for (BridgeStep step : bridge.steps()) {
            String label = phrases.describe(step.cause());
            row(table, margins, RowKind.BODY, label, p.signed(step.amount()),
                    step.marginChange().map(p::signed).orElse(p.none()));
            step.reason().ifPresent(reason -> table.wideRow(RowKind.NOTE, p.text("bridge.why", reason)));
            bars.add(new Block.WaterfallStep(label, step.totalBefore(), step.totalAfter(), p.signed(step.amount())));
        }
        row(table, margins, RowKind.TOTAL, current, p.amount(bridge.currentTotal()), "");
        row(table, margins, RowKind.BODY, p.text("bridge.difference"), p.signed(bridge.difference()),
                bridge.costMovement().map(m -> p.signed(m.marginChange())).orElse(""));
        section.add(table);
        if (bridge.steps().isEmpty()) {
            section.paragraph(p.text("bridge.none", bridge.previousRevision()));
        } else {
            section.add(new Block.Waterfall(p.text("bridge.chart", bridge.previousRevision(), bridge.currentRevision()),
                    new Block.Bar(previous, bridge.previousTotal(), p.amount(bridge.previousTotal())), bars,
                    new Block.Bar(current, bridge.currentTotal(), p.amount(bridge.currentTotal()))));
        }
        if (context.isInternal()) {
            bridge.costMovement().ifPresent(movement -> internal(section, p, bridge, movement));
        }
    }

    private static void row(TableBuilder table, boolean margins, RowKind kind, String label, String amount, String margin) {
        if (margins) {
            table.row(kind, label, amount, margin);
        } else {
            table.row(kind, label, amount);
        }
    }

    private static void internal(SectionBuilder section, Phrasing p, RevisionBridge bridge, CostMovement movement) {
        section.subheading(p.text("bridge.internal.heading", bridge.previousRevision()));
        section.bullets(List.of(
                p.text("bridge.internal.cost", p.amount(movement.costBefore()), p.amount(movement.costAfter()),
                        p.signed(movement.costChange())),
                p.text("bridge.internal.margin", p.amount(movement.marginBefore()), p.amount(movement.marginAfter()),
                        p.signed(movement.marginChange()), p.share(movement.marginPercentBefore()),
                        p.share(movement.marginPercentAfter()))));
    }
}
