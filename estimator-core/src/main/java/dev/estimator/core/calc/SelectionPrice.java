package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Set;

/**
 * The price of one selection the client can make: the baseline or one alternative, with some of
 * its optional items left out. What the interactive proposal recomputes in the browser, and what
 * an acceptance is checked against.
 *
 * @param alternativeId the alternative, or {@code null} for the baseline
 * @param leftOut       the optional items left out (ids of that variant's one-time optional items)
 * @param price         subtotal, contingency, adjustments, tax and grand total of the selection
 * @param billing       what its milestones invoice, and what only on approval
 * @param milestones    its payment milestones, in order
 */
public record SelectionPrice(String alternativeId, Set<String> leftOut, PriceTail price, BilledPrice billing,
                             List<MilestoneAmount> milestones) {

    public SelectionPrice {
        leftOut = Set.copyOf(leftOut);
        milestones = List.copyOf(milestones);
        Preconditions.checkNotNull(price, "price");
        Preconditions.checkNotNull(billing, "billing");
    }
}
