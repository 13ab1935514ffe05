package dev.estimator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import java.util.List;
import java.util.Locale;

/** The {@code fit --json} document: the same combinations as exact decimals; walk-away and margin only internally. */
final class FitJson {

    private FitJson() {
    }

    static String render(Estimate estimate, BudgetFit fit) {
        ObjectNode root = JsonOutput.NODES.objectNode();
        root.put("title", estimate.header().title());
        root.put("currency", estimate.header().currency().getCurrencyCode());
        root.put("budget", fit.budget());
        root.put("basis", fit.basis().name().toLowerCase(Locale.ROOT));
        fit.walkAwayPrice().ifPresent(w -> root.put("walkAwayPrice", w));
        root.set("asQuoted", candidate(fit.baseline()));
        root.put("anyFits", fit.anyFits());
        list(root.putArray("fits"), fit.fits());
        list(root.putArray("nearest"), fit.nearest());
        root.put("combinations", fit.combinations());
        return JsonOutput.text(root);
    }

    private static void list(ArrayNode array, List<FitCandidate> candidates) {
        candidates.forEach(c -> array.add(candidate(c)));
    }

    private static ObjectNode candidate(FitCandidate c) {
        ObjectNode node = JsonOutput.NODES.objectNode();
        c.alternative().ifPresent(a -> {
            node.put("alternative", a.id());
            node.put("name", a.name());
            node.put("givesUp", a.givesUp());
            node.put("gains", a.gains());
        });
        ArrayNode dropped = node.putArray("dropped");
        c.dropped().forEach(item -> dropped.addObject().put("id", item.id()).put("title", item.title()));
        node.put("givenUp", c.givenUp());
        node.put("subtotal", c.price().subtotal());
        node.put("net", c.price().net());
        node.put("total", c.price().total());
        node.put("amount", c.amount());
        node.put("saving", c.saving());
        node.put("gap", c.gap());
        c.margin().ifPresent(m -> node.put("margin", m));
        return node;
    }
}
