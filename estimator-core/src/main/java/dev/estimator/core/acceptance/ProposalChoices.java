package dev.estimator.core.acceptance;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices a client has on one estimate, in the order the page and the acceptance code number
 * them: variant 0 is the baseline, variant {@code i} the estimate's {@code i}-th alternative; each
 * variant's optional items are its one-time optional items in file order (bit {@code j} of a
 * code's mask is the {@code j}-th of them).
 */
public record ProposalChoices(List<Variant> variants) {

    public ProposalChoices {
        variants = List.copyOf(variants);
    }

    /**
     * One variant.
     *
     * @param alternative the alternative, or {@code null} for the baseline
     * @param estimate    the estimate with the alternative applied
     * @param optional    its one-time optional items, in file order
     */
    public record Variant(Alternative alternative, Estimate estimate, List<LineItem> optional) {
        public Variant {
            optional = List.copyOf(optional);
        }

        /** The alternative's id, or {@code null} for the baseline. */
        public String alternativeId() {
            return alternative == null ? null : alternative.id();
        }
    }

    public static ProposalChoices of(Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        List<Variant> variants = new ArrayList<>();
        variants.add(variant(null, estimate));
        for (Alternative alternative : estimate.alternatives()) {
            variants.add(variant(alternative, AlternativeApplier.apply(estimate, alternative)));
        }
        return new ProposalChoices(variants);
    }

    private static Variant variant(Alternative alternative, Estimate applied) {
        return new Variant(alternative, applied,
                applied.allItems().filter(i -> i.optional() && !i.isRecurring()).toList());
    }
}
