package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The roles that labour items are priced from, and how many hours make a working day.
 */
public record RateCard(
        @NotNull @Positive(message = "a working day has more than zero hours")
        @DecimalMax(value = "24", message = "a working day has at most 24 hours") BigDecimal hoursPerDay,
        List<@Valid Role> roles) {

    public static final BigDecimal DEFAULT_HOURS_PER_DAY = BigDecimal.valueOf(8);

    public RateCard {
        hoursPerDay = hoursPerDay == null ? DEFAULT_HOURS_PER_DAY : hoursPerDay;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static RateCard empty() {
        return new RateCard(DEFAULT_HOURS_PER_DAY, List.of());
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id() != null && r.id().equals(id)).findFirst();
    }
}
