package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.ContingencyBilling;
import java.math.BigDecimal;

/**
 * What is invoiced through the payment milestones, and what only if the client approves drawing
 * on the contingency.
 *
 * <p>With {@link ContingencyBilling#INCLUDED} the invoiced chain is the price itself and nothing
 * waits for approval. With {@link ContingencyBilling#ON_APPROVAL} the invoiced chain is the
 * subtotal carried through the adjustments and tax without the contingency; the rest of the price
 * (the contingency with its share of the percentage adjustments and of the tax) is drawn only on
 * approval. Either way {@code invoiced + onApproval} is exactly the price:
 * {@code invoiced.net() + onApprovalNet = price.net()}, the same for tax and total.
 *
 * @param billing         how the contingency is billed
 * @param invoiced        the price chain the milestones are computed from
 * @param onApprovalNet   the contingency as drawn, after the percentage adjustments, before tax; zero when included
 * @param onApprovalTax   the tax on it; zero when included
 * @param onApprovalTotal {@code onApprovalNet + onApprovalTax}: invoiced only if drawn
 */
public record BilledPrice(ContingencyBilling billing, PriceTail invoiced, BigDecimal onApprovalNet,
                          BigDecimal onApprovalTax, BigDecimal onApprovalTotal) {

    public BilledPrice {
        Preconditions.checkNotNull(billing, "billing");
        Preconditions.checkNotNull(invoiced, "invoiced");
    }

    /** Everything invoiced through the milestones: the price itself. */
    static BilledPrice included(PriceTail price, RoundingPolicy rounding) {
        return new BilledPrice(ContingencyBilling.INCLUDED, price, rounding.zero(), rounding.zero(), rounding.zero());
    }

    /** The price split into what is invoiced ({@code invoiced}, without the contingency) and the rest. */
    static BilledPrice onApproval(PriceTail price, PriceTail invoiced) {
        BigDecimal net = price.net().subtract(invoiced.net());
        BigDecimal tax = price.tax().subtract(invoiced.tax());
        return new BilledPrice(ContingencyBilling.ON_APPROVAL, invoiced, net, tax, net.add(tax));
    }

    /** The total the milestones add up to (tax included). */
    public BigDecimal billedTotal() {
        return invoiced.total();
    }

    /** The contingency's part of the total, invoiced only if drawn (tax included); zero when included. */
    public BigDecimal contingencyOnApproval() {
        return onApprovalTotal;
    }
}
