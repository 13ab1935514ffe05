package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A role on the rate card.
 *
 * @param rate what the client pays per {@code per}
 * @param cost what the role costs the provider per {@code per}; internal
 */
public record Role(
        @NotBlank(message = "every role needs an id") String id,
        @NotBlank(message = "every role needs a name") String name,
        @NotNull(message = "the client rate is required") @PositiveOrZero(message = "a rate cannot be negative") BigDecimal rate,
        @Internal @PositiveOrZero(message = "a cost rate cannot be negative") BigDecimal cost,
        @NotNull(message = "say whether the rate is per hour or per day") RatePeriod per) {

    public Role withRate(BigDecimal newRate) {
        return new Role(id, name, newRate, cost, per);
    }

    public Role withCost(BigDecimal newCost) {
        return new Role(id, name, rate, newCost, per);
    }
}
