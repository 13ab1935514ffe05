package dev.estimator.cli;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.negotiation.BudgetFit;
import dev.estimator.core.negotiation.FitCandidate;
import dev.estimator.export.format.MoneyFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code fit} listing: each combination within the budget with its exact price, what it gives
 * up and what it gains; the nearest ones and their gap when nothing fits. The walk-away price and
 * margins appear only for the internal audience.
 */
final class FitTable {

    private final Estimate estimate;
    private final BudgetFit fit;
    private final MoneyFormat money;
    private final StringBuilder text = new StringBuilder();

    FitTable(Estimate estimate, BudgetFit fit) {
        this.estimate = estimate;
        this.fit = fit;
        this.money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
    }

    String render() {
        line(estimate.header().title() + " \u2014 revision " + estimate.header().revision().number()
                + " \u2014 amounts in " + estimate.header().currency().getCurrencyCode());
        line("Budget: " + money.formatPlain(fit.budget()) + " (" + PriceBasisOption.describe(fit.basis()) + ")");
        FitCandidate baseline = fit.baseline();
        line("As quoted: " + money.formatPlain(baseline.amount()) + (baseline.fits() ? ", within the budget"
                : ", " + money.formatPlain(baseline.gap()) + " over the budget"));
        fit.walkAwayPrice().ifPresent(w -> line("Walk-away price: " + money.formatPlain(w)
                + " net; combinations below it are not listed (internal)"));
        line("");
        if (fit.anyFits()) {
            line("Ways to reach the budget, fewest things given up first, then the highest price:");
            list(fit.fits());
        } else {
            line(fit.walkAwayPrice().isPresent() ? "Nothing fits the budget without going below the walk-away price. The nearest:"
                    : "Nothing fits the budget. The nearest:");
            list(fit.nearest());
        }
        line("");
        line("Searched " + String.format(java.util.Locale.ROOT, "%,d", fit.combinations())
                + " combinations: the quote and each alternative, with every optional item in or out.");
        return text.toString();
    }

    private void list(List<FitCandidate> candidates) {
        int n = 1;
        for (FitCandidate candidate : candidates) {
            String position = "  " + n++ + ". ";
            line(position + name(candidate) + ": " + money.formatPlain(candidate.amount())
                    + (candidate.fits() ? "" : " (" + money.formatPlain(candidate.gap()) + " over)"));
            String indent = " ".repeat(position.length());
            candidate.alternative().ifPresent(a -> line(indent + "Gives up: " + a.givesUp()));
            if (!candidate.dropped().isEmpty()) {
                line(indent + "Leaves out: " + String.join(", ", candidate.dropped().stream().map(LineItem::title).toList()));
            }
            List<String> gains = new ArrayList<>();
            candidate.alternative().map(Alternative::gains).ifPresent(gains::add);
            if (candidate.saving().signum() > 0) {
                gains.add("Saves " + money.formatPlain(candidate.saving()) + " against the quote.");
            }
            if (!gains.isEmpty()) {
                line(indent + "Gains: " + String.join(" ", gains));
            }
            candidate.margin().ifPresent(m -> line(indent + "Margin: " + money.formatPlain(m) + " (internal)"));
        }
    }

    private static String name(FitCandidate candidate) {
        String base = candidate.alternative().map(Alternative::name).orElse("As quoted");
        if (candidate.dropped().isEmpty()) {
            return base;
        }
        return base + ", without " + String.join(", ", candidate.dropped().stream()
                .map(LineItem::id).toList());
    }

    private void line(String line) {
        text.append(line.stripTrailing()).append(System.lineSeparator());
    }
}
