package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * The tax at one rate: the taxable amount charged at {@code percent} and the tax on it, each
 * rounded once. A qualified invoice (適格請求書) states these per rate, e.g. 10 % and the reduced 8 %.
 *
 * @param percent the rate, e.g. 10 or 22
 * @param base    the net amount taxed at that rate
 * @param tax     the tax on {@code base}, rounded to the currency
 */
public record TaxRateAmount(BigDecimal percent, BigDecimal base, BigDecimal tax) {
}
