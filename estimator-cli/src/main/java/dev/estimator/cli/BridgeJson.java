package dev.estimator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.compare.BridgeCause;
import dev.estimator.core.compare.BridgeStep;
import dev.estimator.core.compare.ComparisonWarning;
import dev.estimator.core.compare.ItemMatch;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The {@code compare --json} document: the bridge's figures as exact decimal numbers, each step
 * with its cause, what it is about and its reason; cost and margin only for the internal audience.
 */
final class BridgeJson {

    private BridgeJson() {
    }

    static String render(Estimate current, RevisionBridge bridge) {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("title", current.header().title());
        root.put("currency", bridge.currency());
        ObjectNode previous = root.putObject("previous");
        previous.put("revision", bridge.previousRevision());
        previous.put("total", bridge.previousTotal());
        previous.put("net", bridge.previousNet());
        ObjectNode now = root.putObject("current");
        now.put("revision", bridge.currentRevision());
        now.put("total", bridge.currentTotal());
        now.put("net", bridge.currentNet());
        root.put("difference", bridge.difference());
        ArrayNode steps = root.putArray("steps");
        for (BridgeStep step : bridge.steps()) {
            ObjectNode node = steps.addObject();
            node.put("phase", word(step.cause().phase().name()));
            node.put("cause", word(step.cause().getClass().getSimpleName()));
            if (step.cause().subject() != null) {
                node.put("id", step.cause().subject());
            }
            details(node, step.cause());
            node.put("amount", step.amount());
            node.put("totalAfter", step.totalAfter());
            node.put("netChange", step.netChange());
            step.costChange().ifPresent(c -> node.put("costChange", c));
            step.marginChange().ifPresent(m -> node.put("marginChange", m));
            step.reason().ifPresent(r -> node.put("reason", r));
        }
        if (bridge.note() != null) {
            root.put("note", bridge.note());
        }
        ArrayNode items = root.putArray("items");
        for (ItemMatch m : bridge.match().items()) {
            ObjectNode node = items.addObject();
            node.put("id", m.id());
            node.put("status", word(m.status().name()));
            node.put("renamed", m.renamed());
            node.put("moved", m.moved());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (ComparisonWarning warning : bridge.warnings()) {
            warnings.add(word(warning.name()));
        }
        bridge.costMovement().ifPresent(m -> {
            ObjectNode node = root.putObject("internal");
            node.put("costBefore", m.costBefore());
            node.put("costAfter", m.costAfter());
            node.put("costChange", m.costChange());
            node.put("marginBefore", m.marginBefore());
            node.put("marginAfter", m.marginAfter());
            node.put("marginChange", m.marginChange());
            node.put("marginPercentBefore", m.marginPercentBefore());
            node.put("marginPercentAfter", m.marginPercentAfter());
        });
        return JsonOutput.text(root);
    }

    /** What changed, before and after, in the file's own terms. */
    private static void details(ObjectNode node, BridgeCause cause) {
        switch (cause) {
            case BridgeCause.ItemRemoved c -> item(node, c.item(), c.groupId());
            case BridgeCause.ItemAdded c -> item(node, c.item(), c.groupId());
            case BridgeCause.QuantityChanged c -> {
                node.put("title", c.after().title());
                node.put("before", c.pricedBefore());
                node.put("after", c.pricedAfter());
                node.put("unit", c.after().customUnit() != null ? c.after().customUnit().name() : c.after().unit().fileName());
            }
            case BridgeCause.RoleChanged c -> {
                node.put("title", c.after().name());
                node.put("before", c.before().rate());
                node.put("after", c.after().rate());
                node.put("per", c.after().per().fileName());
            }
            case BridgeCause.HoursPerDayChanged c -> before(node, c.before(), c.after());
            case BridgeCause.ItemRoleChanged c -> {
                node.put("title", c.after().title());
                node.put("before", c.before().role());
                node.put("after", c.after().role());
            }
            case BridgeCause.UnitPriceChanged c -> {
                node.put("title", c.after().title());
                before(node, c.before().unitPrice(), c.after().unitPrice());
            }
            case BridgeCause.OptionalChanged c -> {
                node.put("title", c.item().title());
                node.put("optional", c.optional());
            }
            case BridgeCause.RiskRemoved c -> node.put("title", c.risk().description());
            case BridgeCause.RiskAdded c -> node.put("title", c.risk().description());
            case BridgeCause.RiskChanged c -> node.put("title", c.after().description());
            case BridgeCause.ContingencyChanged c -> {
                if (c.before() != null) {
                    node.put("methodBefore", c.before().method().fileName());
                }
                if (c.after() != null) {
                    node.put("methodAfter", c.after().method().fileName());
                }
            }
            case BridgeCause.AdjustmentRemoved c -> adjustment(node, "adjustment", c.adjustment());
            case BridgeCause.AdjustmentAdded c -> adjustment(node, "adjustment", c.adjustment());
            case BridgeCause.AdjustmentChanged c -> {
                adjustment(node, "before", c.before());
                adjustment(node, "after", c.after());
            }
            case BridgeCause.AdjustmentsReordered c -> {
                c.before().forEach(node.putArray("before")::add);
                c.after().forEach(node.putArray("after")::add);
            }
            case BridgeCause.TaxChanged c -> before(node, c.before() == null ? null : c.before().percent(),
                    c.after() == null ? null : c.after().percent());
            case BridgeCause.OtherChanges c -> { }
        }
    }

    private static void item(ObjectNode node, LineItem item, String groupId) {
        node.put("title", item.title());
        node.put("group", groupId);
    }

    private static void before(ObjectNode node, BigDecimal before, BigDecimal after) {
        node.put("before", before);
        node.put("after", after);
    }

    private static void adjustment(ObjectNode node, String name, Adjustment adjustment) {
        ObjectNode a = node.putObject(name);
        a.put("kind", adjustment.kind().fileName());
        if (adjustment.percent() != null) {
            a.put("percent", adjustment.percent());
        } else {
            a.put("amount", adjustment.amount());
        }
    }

    /** {@code ITEM_REMOVED} or {@code ItemRemoved} as {@code item-removed}. */
    private static String word(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
