package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * How much one uncertain input moves the price on its own: the grand total (without contingency)
 * with this input at its P10 and at its P90 and every other input at its base (items at their
 * priced quantity, risks not happening).
 *
 * @param inputId the line item's or the risk's id
 * @param low     the grand total with the input at its P10
 * @param high    the grand total with the input at its P90
 * @param swing   {@code high − low}: what the bars are sorted by, largest first
 */
public record TornadoBar(String inputId, Kind kind, BigDecimal low, BigDecimal high, BigDecimal swing) {

    /** What the input is. */
    public enum Kind {
        /** A line item with a three-point quantity. */
        ITEM,
        /** A risk that may or may not happen. */
        RISK
    }
}
