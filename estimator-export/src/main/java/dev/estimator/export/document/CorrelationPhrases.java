package dev.estimator.export.document;

import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.Estimate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the simulation assumed about items overrunning together, in one paragraph: none (every item
 * independent, which understates the spread when items share a team), or each correlation group
 * with its coefficient and reason, and that the other items are independent.
 */
public final class CorrelationPhrases {

    private CorrelationPhrases() {
    }

    /** The paragraph for {@code estimate}'s simulation, in {@code p}'s language (the workbook says it too). */
    public static String assumed(Estimate estimate, Phrasing p, SimulationResult simulation) {
        List<CorrelationGroup> groups = estimate.effectiveSimulation().correlations().stream()
                .filter(g -> !g.items().isEmpty()).toList();
        if (groups.isEmpty()) {
            return p.text("simulation.independent");
        }
        List<String> sentences = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        for (CorrelationGroup group : groups) {
            grouped.addAll(group.items());
            String items = String.join(p.text("simulation.itemSeparator"),
                    group.items().stream().map(id -> id + " " + p.itemTitle(id)).toList());
            sentences.add(p.text("simulation.correlated", items, p.number(group.coefficient()),
                    group.reason() == null ? "" : group.reason().strip()).strip());
        }
        if (!grouped.containsAll(simulation.uncertainItems())) {
            sentences.add(p.text("simulation.otherIndependent"));
        }
        return String.join(" ", sentences);
    }
}
