package dev.estimator.core.format;

import java.math.BigDecimal;

/**
 * The numbers an estimate file may hold: at most {@value #MAX_DECIMALS} decimal places and below
 * 10^{@value #MAX_INTEGER_DIGITS}. Anything finer or larger is a typo or an attack (1e-400 would
 * print 400 digits), and the schema states the same limits.
 */
final class NumberLimits {

    static final int MAX_DECIMALS = 10;
    static final int MAX_INTEGER_DIGITS = 15;

    private NumberLimits() {
    }

    /** Why {@code value} is refused, or {@code null} when it is fine. */
    static String problem(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            return "the number " + shown(value) + " has more than " + MAX_DECIMALS
                    + " decimal places; round it (no figure in an estimate needs more)";
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return "the number " + shown(value) + " is too large to be a figure in an estimate";
        }
        return null;
    }

    /** Whether a text in the file is a number in quotes, such as "6". */
    static boolean looksNumeric(String text) {
        return text.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** The number as written, short even when it is huge or tiny. */
    private static String shown(BigDecimal value) {
        String plain = value.abs().compareTo(BigDecimal.ONE.movePointRight(20)) > 0
                || (value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE.movePointLeft(20)) < 0)
                ? value.toString() : value.toPlainString();
        return plain.length() > 40 ? plain.substring(0, 40) + "..." : plain;
    }
}
