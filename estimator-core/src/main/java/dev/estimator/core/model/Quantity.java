package dev.estimator.core.model;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How much of a line item: either one value, or three points (optimistic, most likely,
 * pessimistic) from which the price uses the PERT mean.
 */
public sealed interface Quantity {

    static Quantity of(BigDecimal value) {
        return new Fixed(value);
    }

    static Quantity of(long value) {
        return new Fixed(BigDecimal.valueOf(value));
    }

    static Quantity threePoint(BigDecimal optimistic, BigDecimal mostLikely, BigDecimal pessimistic) {
        return new ThreePoint(optimistic, mostLikely, pessimistic);
    }

    /** Three points given as decimal strings, e.g. {@code threePoint("4", "5", "8")}. */
    static Quantity threePoint(String optimistic, String mostLikely, String pessimistic) {
        return new ThreePoint(new BigDecimal(optimistic), new BigDecimal(mostLikely), new BigDecimal(pessimistic));
    }

    /** One agreed value. */
    record Fixed(@NotNull(message = "the quantity is required") BigDecimal value) implements Quantity {
    }

    /** A range; the three points are in ascending order once validated. */
    record ThreePoint(
            @NotNull(message = "the optimistic quantity is required") BigDecimal optimistic,
            @NotNull(message = "the most likely quantity is required") BigDecimal mostLikely,
            @NotNull(message = "the pessimistic quantity is required") BigDecimal pessimistic) implements Quantity {
    }
}
