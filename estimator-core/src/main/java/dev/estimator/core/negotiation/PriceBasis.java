package dev.estimator.core.negotiation;

import dev.estimator.core.calc.PriceTail;
import java.math.BigDecimal;

/** Which price a budget or an offer is compared with. */
public enum PriceBasis {
    /** The net price: before tax. */
    NET,
    /** The grand total: what the client pays, tax included. */
    GROSS;

    /** The figure of {@code price} this basis compares. */
    public BigDecimal of(PriceTail price) {
        return switch (this) {
            case NET -> price.net();
            case GROSS -> price.total();
        };
    }
}
