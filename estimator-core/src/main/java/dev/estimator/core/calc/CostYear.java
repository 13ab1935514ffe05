package dev.estimator.core.calc;

import java.math.BigDecimal;

/**
 * One year of the total cost of ownership: the one-time price (in year 1 only) and the recurring
 * charges that fall in the year (each charge's per-period figures times its charges in the year).
 *
 * @param year           1 for the first twelve months from the first charge
 * @param oneTime        the one-time grand total in year 1, zero after
 * @param recurringNet   the year's recurring charges before tax
 * @param recurringTax   their tax
 * @param recurringTotal {@code recurringNet + recurringTax}
 * @param total          {@code oneTime + recurringTotal}
 */
public record CostYear(int year, BigDecimal oneTime, BigDecimal recurringNet, BigDecimal recurringTax,
                       BigDecimal recurringTotal, BigDecimal total) {
}
