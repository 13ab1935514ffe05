package dev.estimator.core.calc;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place where amounts are rounded.
 *
 * <p>Money is rounded half away from zero ({@link RoundingMode#HALF_UP}, which is what a
 * spreadsheet's {@code ROUND} does) to the currency's minor unit: two decimals for EUR, none for
 * JPY. A three-point quantity is priced at its PERT mean rounded to two decimals, so that the
 * quantity a document shows times the rate shown gives the amount shown.
 */
public final class RoundingPolicy {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    /** Decimals of a priced three-point quantity (its PERT mean). */
    public static final int QUANTITY_SCALE = 2;
    private static final BigDecimal SIX = BigDecimal.valueOf(6);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Currency currency;
    private final int scale;

    private RoundingPolicy(Currency currency) {
        this.currency = currency;
        this.scale = Math.max(0, currency.getDefaultFractionDigits());
    }

    public static RoundingPolicy of(Currency currency) {
        Preconditions.checkNotNull(currency, "currency");
        return new RoundingPolicy(currency);
    }

    public Currency currency() {
        return currency;
    }

    /** Decimals of the currency's minor unit: 2 for EUR, 0 for JPY. */
    public int scale() {
        return scale;
    }

    /** {@code value} rounded to the currency's minor unit. */
    public BigDecimal money(BigDecimal value) {
        return value.setScale(scale, MODE);
    }

    /** Zero, at the currency's scale. */
    public BigDecimal zero() {
        return BigDecimal.ZERO.setScale(scale);
    }

    /** {@code percent} % of {@code base}, rounded once. */
    public BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return money(base.multiply(percent).movePointLeft(2));
    }

    /** {@code quantity × rate}, rounded once. */
    public BigDecimal amount(BigDecimal quantity, BigDecimal rate) {
        return money(quantity.multiply(rate));
    }

    /**
     * A role's rate per unit of a labour item: the rate itself when the periods match, else
     * converted with the rate card's hours per day and rounded to the currency's scale.
     */
    public BigDecimal ratePerUnit(BigDecimal rate, RatePeriod per, Unit unit, BigDecimal hoursPerDay) {
        if (unit == Unit.DAYS && per == RatePeriod.HOUR) {
            return money(rate.multiply(hoursPerDay));
        }
        if (unit == Unit.HOURS && per == RatePeriod.DAY) {
            return rate.divide(hoursPerDay, scale, MODE);
        }
        return rate;
    }

    /** The PERT mean (O + 4M + P) / 6, rounded to {@link #QUANTITY_SCALE} decimals. */
    public static BigDecimal pertMean(BigDecimal optimistic, BigDecimal mostLikely, BigDecimal pessimistic) {
        return optimistic.add(mostLikely.multiply(FOUR)).add(pessimistic)
                .divide(SIX, QUANTITY_SCALE, MODE);
    }

    /** The PERT standard deviation (P − O) / 6, unrounded (to 10 significant digits). */
    public static BigDecimal pertStandardDeviation(BigDecimal optimistic, BigDecimal pessimistic) {
        return pessimistic.subtract(optimistic).divide(SIX, MathContext.DECIMAL64);
    }

    /** {@code part / whole} as a percentage with two decimals; zero when {@code whole} is zero. */
    public static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, MODE);
    }

    /** Two policies are equal when they round to the same currency: a policy is a value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RoundingPolicy that && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return currency.hashCode();
    }

    @Override
    public String toString() {
        return "RoundingPolicy[" + currency.getCurrencyCode() + ", scale " + scale + ", " + MODE + "]";
    }
}
