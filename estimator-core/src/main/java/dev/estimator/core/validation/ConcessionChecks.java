package dev.estimator.core.validation;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings, not errors: what a valid estimate may do but should not do without a thought. A
 * discount with nothing received in exchange and not marked unconditional is a "naked" concession.
 */
final class ConcessionChecks {

    private ConcessionChecks() {
    }

    static List<Finding> check(Estimate estimate) {
        List<Finding> out = new ArrayList<>();
        List<Adjustment> adjustments = estimate.adjustments();
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment adjustment = adjustments.get(i);
            if (adjustment.isNakedConcession()) {
                out.add(new Finding("/adjustments/" + i, "the discount '" + adjustment.id() + "' gives something for "
                        + "nothing: say what you receive in exchange (inExchangeFor), or why it is unconditional"));
            }
        }
        return out;
    }
}
