package dev.estimator.core.negotiation;

import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.LineItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One combination of an alternative (or the baseline) with some optional items left out, priced
 * by the calculator.
 *
 * @param alternative the alternative taken, or empty for the baseline
 * @param dropped     the optional items left out, in document order
 * @param givenUp     what the client gives up, counted: one for an alternative, one per item left out
 * @param price       the calculator's price chain of the combination, subtotal to grand total
 * @param amount      the figure compared with the budget: the net price or the grand total
 * @param saving      the baseline's amount less this one's (positive: cheaper than the baseline)
 * @param gap         this amount less the budget: zero or negative when it fits, positive when it does not
 * @param margin      net price less cost, when the estimate carries cost rates (internal)
 */
public record FitCandidate(Optional<Alternative> alternative, List<LineItem> dropped, int givenUp, PriceTail price,
                           BigDecimal amount, BigDecimal saving, BigDecimal gap, Optional<BigDecimal> margin) {

    public FitCandidate {
        dropped = List.copyOf(dropped);
    }

    /** Whether the combination is within the budget. */
    public boolean fits() {
        return gap.signum() <= 0;
    }
}
