package dev.estimator.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * Line items that tend to overrun together (the same team, the same unknown), with how strongly:
 * in the simulation the normal scores of any two of them correlate with {@code coefficient}.
 *
 * @param items       the ids of the line items in the group; an item belongs to one group at most
 * @param coefficient from 0 (independent) to 1 (they always land at the same percentile)
 * @param reason      why they move together, in plain words (shown in the documents)
 */
public record CorrelationGroup(
        List<String> items,
        @NotNull(message = "give the group's correlation coefficient, from 0 to 1, e.g. coefficient: 0.5")
        @DecimalMin(value = "0", message = "a correlation coefficient is between 0 and 1")
        @DecimalMax(value = "1", message = "a correlation coefficient is between 0 and 1") BigDecimal coefficient,
        String reason) {

    public CorrelationGroup {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
