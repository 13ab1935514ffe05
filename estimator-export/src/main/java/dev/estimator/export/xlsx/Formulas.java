package dev.estimator.export.xlsx;

import dev.estimator.core.calc.RoundingPolicy;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds formula text from cell references, names and numbers only: never from the estimate's
 * text. Rounding follows {@code RoundingPolicy}: a spreadsheet's {@code ROUND} rounds half away
 * from zero, as {@code HALF_UP} does.
 */
final class Formulas {

    /** SUM takes at most 255 arguments; stay well below. */
    private static final int SUM_ARGUMENTS = 200;

    private Formulas() {
    }

    /** Decimals of the inner rounding that steadies a round to whole units (see {@link #round}). */
    static final int WHOLE_UNIT_NUDGE = 6;

    /**
     * {@code expression} rounded half away from zero to {@code scale} decimals.
     *
     * <p>To whole units (yen) the argument is first rounded to {@value #WHOLE_UNIT_NUDGE} decimals:
     * LibreOffice's {@code ROUND(x;0)} does not correct binary floating-point error, so 1.15 × 6990
     * (8038.5, held as 8038.4999999999991) would give 8038, while its {@code ROUND(x;6)} does correct
     * it, and Excel and POI agree. This is exact for arguments with at most six decimals (every
     * realistic figure) and steadies LibreOffice up to about 10^11.
     */
    static String round(String expression, int scale) {
        if (scale == 0) {
            return "ROUND(ROUND(" + expression + "," + WHOLE_UNIT_NUDGE + "),0)";
        }
        return "ROUND(" + expression + "," + scale + ")";
    }

    /** The sum of references and ranges, split into several SUMs when there are many; "0" for none. */
    static String sum(List<String> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        List<String> sums = new ArrayList<>();
        for (int from = 0; from < terms.size(); from += SUM_ARGUMENTS) {
            sums.add("SUM(" + String.join(",", terms.subList(from, Math.min(terms.size(), from + SUM_ARGUMENTS))) + ")");
        }
        return String.join("+", sums);
    }

    /** A number as a formula literal: plain digits, a point for decimals, whatever the locale. */
    static String literal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A role's rate (or cost) per unit of a labour item, as {@code RoundingPolicy.ratePerUnit}
     * converts it: times the hours per day for an hourly rate on days, divided for a daily rate
     * on hours, else the rate itself.
     */
    static String ratePerUnit(String rate, RatePeriod per, Unit unit, int scale) {
        if (unit == Unit.DAYS && per == RatePeriod.HOUR) {
            return round(rate + "*" + DefinedNames.HOURS_PER_DAY, scale);
        }
        if (unit == Unit.HOURS && per == RatePeriod.DAY) {
            return round(rate + "/" + DefinedNames.HOURS_PER_DAY, scale);
        }
        return rate;
    }

    /** The PERT mean of three quantity cells or literals, rounded as {@code RoundingPolicy.pertMean}. */
    static String pertMean(String optimistic, String mostLikely, String pessimistic) {
        return round("(" + optimistic + "+4*" + mostLikely + "+" + pessimistic + ")/6", RoundingPolicy.QUANTITY_SCALE);
    }
}
