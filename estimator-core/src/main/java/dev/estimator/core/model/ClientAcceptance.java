package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The client's acceptance of a selection of an interactive proposal, as {@code estimator accept}
 * recorded it: the estimate holding it is the accepted variant (the alternative applied, the
 * optional items decided).
 *
 * @param date          the day the acceptance was recorded
 * @param code          the acceptance code the client sent
 * @param fingerprint   the content fingerprint of the revision the client accepted
 * @param alternative   the name of the alternative accepted, or {@code null} for the baseline
 * @param optionalItems the ids of the optional items the client kept (now part of the scope)
 * @param total         the grand total accepted
 */
public record ClientAcceptance(
        @NotNull(message = "give the date of the acceptance") LocalDate date,
        @NotBlank(message = "give the acceptance code") String code,
        @NotBlank(message = "give the fingerprint of the accepted revision") String fingerprint,
        String alternative,
        List<String> optionalItems,
        @NotNull(message = "give the accepted total") @PositiveOrZero(message = "an accepted total is not negative")
        BigDecimal total) {

    public ClientAcceptance {
        optionalItems = optionalItems == null ? List.of() : List.copyOf(optionalItems);
    }
}
