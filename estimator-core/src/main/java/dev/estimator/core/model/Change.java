package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** One change an alternative makes to the baseline. */
public sealed interface Change {

    /** The file spelling of the change's kind ({@code drop}, {@code add}, ...). */
    String action();

    /** Leave an item out. */
    record Drop(@NotBlank(message = "name the item to drop") String item) implements Change {
        public String action() {
            return "drop";
        }
    }

    /** Add a new item to a group. */
    record Add(@NotBlank(message = "name the group to add to") String group,
               @NotNull(message = "describe the item to add") @Valid LineItem newItem) implements Change {
        public String action() {
            return "add";
        }
    }

    /** Change an item's quantity. */
    record ChangeQuantity(@NotBlank(message = "name the item whose quantity changes") String item,
                          @NotNull(message = "give the new quantity") @Valid Quantity quantity) implements Change {
        public String action() {
            return "quantity";
        }
    }

    /**
     * Change a role's client rate for every item priced from it, and optionally its internal cost
     * rate (e.g. a nearshore team: lower price and lower cost).
     */
    record ChangeRate(@NotBlank(message = "name the role whose rate changes") String role,
                      @NotNull(message = "give the new rate") @PositiveOrZero(message = "a rate cannot be negative") BigDecimal rate,
                      @Internal @PositiveOrZero(message = "a cost rate cannot be negative") BigDecimal cost)
            implements Change {

        /** A change of the client rate only; the role's cost rate stays. */
        public ChangeRate(String role, BigDecimal rate) {
            this(role, rate, null);
        }

        public String action() {
            return "rate";
        }
    }

    /** Change a non-labour item's unit price. */
    record ChangeUnitPrice(@NotBlank(message = "name the item whose price changes") String item,
                           @NotNull(message = "give the new unit price") @PositiveOrZero(message = "a unit price cannot be negative") BigDecimal unitPrice)
            implements Change {
        public String action() {
            return "unit-price";
        }
    }

    /** Replace an item with another, in the same place. */
    record Swap(@NotBlank(message = "name the item to replace") String item,
                @NotNull(message = "describe the replacement item") @Valid LineItem newItem) implements Change {
        public String action() {
            return "swap";
        }
    }
}
