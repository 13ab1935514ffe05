package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A tax charged on the net price, e.g. VAT 22 %. */
public record Tax(
        @NotBlank(message = "name the tax, e.g. VAT") String name,
        @NotNull(message = "the tax rate (in percent) is required")
        @PositiveOrZero(message = "a tax rate cannot be negative")
        @DecimalMax(value = "100", message = "a tax rate above 100 % is not credible") BigDecimal percent) {
}
