package dev.estimator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.Counter;
import dev.estimator.core.negotiation.OfferCheck;
import java.util.Locale;

/** The {@code offer --json} document: the same figures as exact decimals, and the verdict. */
final class OfferJson {

    private OfferJson() {
    }

    static String render(Estimate estimate, OfferCheck check) {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("title", estimate.header().title());
        root.put("currency", estimate.header().currency().getCurrencyCode());
        check.alternative().ifPresent(a -> root.put("alternative", a.id()));
        root.put("offer", check.offer());
        root.put("basis", check.basis().name().toLowerCase(Locale.ROOT));
        root.put("quotedNet", check.quoted().net());
        root.put("quotedTotal", check.quoted().total());
        root.put("offeredNet", check.offeredNet());
        root.put("offeredTotal", check.offeredTotal());
        root.put("discount", check.discount());
        root.put("discountPercent", check.discountPercent());
        check.cost().ifPresent(c -> root.put("cost", c));
        check.margin().ifPresent(m -> root.put("margin", m));
        check.marginPercent().ifPresent(m -> root.put("marginPercent", m));
        check.negotiation().ifPresent(n -> {
            if (n.targetPrice() != null) {
                root.put("targetPrice", n.targetPrice());
            }
            if (n.walkAwayPrice() != null) {
                root.put("walkAwayPrice", n.walkAwayPrice());
            }
            if (n.maxDiscountPercent() != null) {
                root.put("maxDiscountPercent", n.maxDiscountPercent());
            }
        });
        check.atOrAboveTarget().ifPresent(b -> root.put("atOrAboveTarget", b));
        check.aboveWalkAway().ifPresent(b -> root.put("atOrAboveWalkAway", b));
        check.withinMaxDiscount().ifPresent(b -> root.put("withinMaxDiscount", b));
        root.put("verdict", check.verdict().name().toLowerCase(Locale.ROOT));
        ArrayNode counters = root.putArray("counters");
        for (Counter counter : check.counters()) {
            ObjectNode node = counters.addObject();
            counter.candidate().alternative().ifPresent(a -> node.put("alternative", a.id()));
            ArrayNode dropped = node.putArray("dropped");
            counter.candidate().dropped().forEach(item -> dropped.add(item.id()));
            node.put("amount", counter.candidate().amount());
            node.put("net", counter.candidate().price().net());
            node.put("proposedPrice", counter.proposedPrice());
            node.put("discountNeeded", counter.discountNeeded());
            node.put("discountPercent", counter.discountPercent());
            counter.withinMaxDiscount().ifPresent(b -> node.put("withinMaxDiscount", b));
            counter.candidate().margin().ifPresent(m -> node.put("margin", m));
        }
        return JsonOutput.text(root);
    }
}
