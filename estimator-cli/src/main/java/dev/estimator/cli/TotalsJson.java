package dev.estimator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.GroupMargin;
import dev.estimator.core.calc.GroupTotal;
import dev.estimator.core.calc.HistoryCalibration;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.MilestoneAmount;
import dev.estimator.core.calc.Percentile;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.calc.TornadoBar;
import dev.estimator.core.model.Estimate;

/**
 * The {@code totals --json} document: the same figures as the table, as exact decimal numbers
 * (never floating point), for scripts. Internal figures appear only when the estimate passed in
 * was not redacted for the client.
 */
final class TotalsJson {

    private static final JsonNodeFactory NODES = JsonOutput.NODES;

    private TotalsJson() {
    }

    /** The document as a tree, for {@link JsonOutput#write} (a 100,000-item estimate's text is not held whole). */
    static ObjectNode tree(Estimate estimate, EstimateTotals totals) {
        ObjectNode root = NODES.objectNode();
        root.put("title", estimate.header().title());
        root.put("currency", estimate.header().currency().getCurrencyCode());
        root.put("revision", estimate.header().revision().number());
        figures(root, totals, true);
        ArrayNode alternatives = root.putArray("alternatives");
        for (AlternativeTotals alternative : totals.alternatives()) {
            ObjectNode node = alternatives.addObject();
            node.put("id", alternative.alternative().id());
            node.put("name", alternative.alternative().name());
            node.put("total", alternative.totals().grandTotal());
            node.put("delta", alternative.delta());
            figures(node.putObject("figures"), alternative.totals(), false);
        }
        if (totals.internal().isPresent() || totals.negotiation().isPresent()) {
            ObjectNode node = root.putObject("internal");
            totals.internal().ifPresent(internal -> {
                node.put("cost", internal.cost());
                node.put("margin", internal.margin());
                node.put("marginPercent", internal.marginPercent());
                ArrayNode groups = node.putArray("groups");
                for (GroupMargin group : internal.groups()) {
                    ObjectNode g = groups.addObject();
                    g.put("id", group.groupId());
                    g.put("depth", group.depth());
                    g.put("price", group.price());
                    g.put("cost", group.cost());
                    g.put("margin", group.margin());
                    g.put("marginPercent", group.marginPercent());
                }
            });
            totals.negotiation().ifPresent(negotiation -> {
                putIfPresent(node, "targetPrice", negotiation.targetPrice());
                putIfPresent(node, "walkAwayPrice", negotiation.walkAwayPrice());
                putIfPresent(node, "maxDiscountPercent", negotiation.maxDiscountPercent());
                putIfPresent(node, "netVersusTarget", negotiation.netVersusTarget());
                putIfPresent(node, "netVersusWalkAway", negotiation.netVersusWalkAway());
                putIfPresent(node, "netAtMaxDiscount", negotiation.netAtMaxDiscount());
            });
            if (estimate.internal() != null && estimate.internal().notes() != null) {
                node.put("notes", estimate.internal().notes());
            }
        }
        return root;
    }

    private static void figures(ObjectNode node, EstimateTotals totals, boolean withItems) {
        ArrayNode groups = node.putArray("groups");
        boolean costs = totals.internal().isPresent();
        totals.groups().forEach(g -> group(groups.addObject(), g, withItems, costs));
        node.put("subtotal", totals.subtotal());
        node.put("optionalSubtotal", totals.optionalSubtotal());
        node.put("contingency", totals.contingency());
        node.put("expectedRiskCost", totals.expectedRiskCost());
        ArrayNode adjustments = node.putArray("adjustments");
        for (AdjustmentAmount adjustment : totals.price().adjustments()) {
            ObjectNode a = adjustments.addObject();
            a.put("id", adjustment.adjustment().id());
            a.put("kind", adjustment.adjustment().kind().fileName());
            a.put("reason", adjustment.adjustment().reason());
            a.put("base", adjustment.base());
            a.put("amount", adjustment.amount());
        }
        node.put("net", totals.net());
        node.put("tax", totals.tax());
        ArrayNode taxByRate = node.putArray("taxByRate");
        for (var rate : totals.taxByRate()) {
            taxByRate.addObject().put("percent", rate.percent()).put("base", rate.base()).put("tax", rate.tax());
        }
        node.put("total", totals.grandTotal());
        node.put("totalWithoutOptional", totals.totalWithoutOptional());
        ObjectNode range = node.putObject("range");
        range.put("optimistic", totals.range().optimistic());
        range.put("pessimistic", totals.range().pessimistic());
        range.put("standardDeviation", totals.range().standardDeviation());
        range.put("p80", totals.range().p80());
        range.put("classLow", totals.range().classLow());
        range.put("classHigh", totals.range().classHigh());
        simulation(node, totals.simulation());
        totals.calibration().ifPresent(c -> calibration(node, c));
        ArrayNode milestones = node.putArray("milestones");
        for (MilestoneAmount milestone : totals.milestones()) {
            ObjectNode m = milestones.addObject();
            m.put("name", milestone.milestone().name());
            m.put("percent", milestone.milestone().percent());
            m.put("amount", milestone.amount());
        }
    }

    /** The simulated percentiles as top-level keys ({@code p10} ... {@code p90}), the rest under {@code simulation}. */
    private static void simulation(ObjectNode node, SimulationResult simulation) {
        for (int percent : new int[] {10, 50, 80, 90}) {
            node.put("p" + percent, simulation.percentile(percent).total());
        }
        node.put("quotedConfidence", simulation.quotedConfidence());
        ObjectNode s = node.putObject("simulation");
        s.put("trials", simulation.trials());
        s.put("seed", simulation.seed());
        s.put("baseTotal", simulation.baseTotal());
        s.put("mean", simulation.mean());
        s.put("budgetConfidence", simulation.budget().percent());
        s.put("budget", simulation.budget().total());
        ArrayNode curve = s.putArray("percentiles");
        for (Percentile p : simulation.percentiles()) {
            curve.addObject().put("percent", p.percent()).put("total", p.total());
        }
        ArrayNode tornado = s.putArray("tornado");
        for (TornadoBar bar : simulation.tornado()) {
            tornado.addObject().put("id", bar.inputId()).put("kind", bar.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("low", bar.low()).put("high", bar.high()).put("swing", bar.swing());
        }
        ArrayNode covered = s.putArray("coveredRisks");
        simulation.coveredRisks().forEach(covered::add);
        s.put("includesHistory", simulation.includesHistory());
    }

    private static void calibration(ObjectNode node, HistoryCalibration calibration) {
        ObjectNode c = node.putObject("calibration");
        c.put("projects", calibration.projects());
        c.put("medianPercent", calibration.median());
        c.put("lowestPercent", calibration.lowest());
        c.put("highestPercent", calibration.highest());
        c.put("appliedToSimulation", calibration.appliedToSimulation());
    }

    private static void group(ObjectNode node, GroupTotal group, boolean withItems, boolean costs) {
        node.put("id", group.groupId());
        node.put("title", group.title());
        node.put("amount", group.amount());
        if (withItems) {
            ArrayNode items = node.putArray("items");
            for (ItemTotal item : group.items()) {
                ObjectNode i = items.addObject();
                i.put("id", item.itemId());
                i.put("quantity", item.quantity());
                i.put("rate", item.rate());
                i.put("amount", item.amount());
                i.put("optional", item.optional());
                if (costs && item.cost() != null) {
                    i.put("cost", item.cost());
                }
            }
        }
        ArrayNode groups = node.putArray("groups");
        group.groups().forEach(g -> group(groups.addObject(), g, withItems, costs));
    }

    private static void putIfPresent(ObjectNode node, String name, java.math.BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
