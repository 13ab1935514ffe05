package dev.estimator.core.calc;

import dev.estimator.core.model.RecurrencePeriod;
import java.math.BigDecimal;

/**
 * What recurs every {@code every}: the sum of the per-period figures of the charges with that
 * period (e.g. everything charged monthly), as a document states "95.00 a month, 115.90 with VAT".
 */
public record PeriodCharge(RecurrencePeriod every, BigDecimal net, BigDecimal tax, BigDecimal total) {
}
