package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * An uncertain event that could raise the cost.
 *
 * @param probability the chance it happens, in percent
 * @param impact      what it would cost if it happened
 * @param items       ids of the line items it affects
 * @param coveredBy   ids of the line items whose pessimistic quantities already allow for it: the
 *                    simulation then does not draw it a second time
 */
public record Risk(
        @NotBlank(message = "every risk needs an id") String id,
        @NotBlank(message = "describe the risk") String description,
        @NotNull(message = "the probability (in percent) is required")
        @DecimalMin(value = "0", message = "a probability is between 0 and 100 %")
        @DecimalMax(value = "100", message = "a probability is between 0 and 100 %") BigDecimal probability,
        @NotNull(message = "the cost impact (low and high) is required") @Valid CostRange impact,
        String mitigation,
        List<String> items,
        List<String> coveredBy) {

    public Risk {
        items = items == null ? List.of() : List.copyOf(items);
        coveredBy = coveredBy == null ? List.of() : List.copyOf(coveredBy);
    }

    /** A risk no item's range already covers. */
    public Risk(String id, String description, BigDecimal probability, CostRange impact, String mitigation,
                List<String> items) {
        this(id, description, probability, impact, mitigation, items, null);
    }

    /** Whether line items' pessimistic cases already allow for it, so the simulation leaves it out. */
    public boolean covered() {
        return !coveredBy.isEmpty();
    }
}
