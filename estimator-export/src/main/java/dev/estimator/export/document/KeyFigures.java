package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import java.util.Optional;

/**
 * The lines every format states the same way, for the formats that do not render the document
 * model (the workbook) and for checks that each format shows them: the pricing model with who bears
 * an overrun, and the one-time price, what recurs and the total cost of ownership.
 */
public final class KeyFigures {

    private KeyFigures() {
    }

    /** The pricing model in one sentence, when the estimate states its commercial terms. */
    public static Optional<String> pricingModel(Phrasing p, EstimateTotals totals) {
        return totals.commercial().map(figures -> CommercialPhrases.pricing(p, figures));
    }

    /** The one-time price, what recurs and the TCO in one sentence, when anything recurs. */
    public static Optional<String> recurring(Phrasing p, Estimate estimate, EstimateTotals totals) {
        return totals.recurring().hasRecurring() ? Optional.of(RecurringPhrases.brief(p, estimate, totals))
                : Optional.empty();
    }
}
