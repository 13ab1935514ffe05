package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A costed piece of work or supply.
 *
 * <p>Labour is priced from a {@code role} on the rate card; anything else from its
 * {@code unitPrice}. {@code unitCost} is what a non-labour unit costs the provider (internal;
 * when absent the item is passed through at cost).
 *
 * @param optional   whether the client may drop the item without a full alternative
 * @param recurrence how often the item is charged again, or {@code null} for a one-time item; a
 *                   recurring item's amount is its charge per period, outside the one-time price
 * @param customUnit the unit the item names itself when {@code unit} is {@link Unit#CUSTOM}, else {@code null}
 */
public record LineItem(
        @NotBlank(message = "every line item needs an id") String id,
        @NotBlank(message = "every line item needs a title") String title,
        String description,
        @NotNull(message = "the category is required") Category category,
        @NotNull(message = "the quantity is required") @Valid Quantity quantity,
        @NotNull(message = "the unit is required") Unit unit,
        String role,
        @PositiveOrZero(message = "a unit price cannot be negative") BigDecimal unitPrice,
        @Internal @PositiveOrZero(message = "a unit cost cannot be negative") BigDecimal unitCost,
        boolean optional,
        @NotNull(message = "every line item needs a justification") @Valid Justification justification,
        @Valid Recurrence recurrence,
        @Valid CustomUnit customUnit) {

    /** An item counted in a standard unit. */
    public LineItem(String id, String title, String description, Category category, Quantity quantity, Unit unit,
                    String role, BigDecimal unitPrice, BigDecimal unitCost, boolean optional,
                    Justification justification, Recurrence recurrence) {
        this(id, title, description, category, quantity, unit, role, unitPrice, unitCost, optional, justification,
                recurrence, null);
    }

    /** A one-time item. */
    public LineItem(String id, String title, String description, Category category, Quantity quantity, Unit unit,
                    String role, BigDecimal unitPrice, BigDecimal unitCost, boolean optional,
                    Justification justification) {
        this(id, title, description, category, quantity, unit, role, unitPrice, unitCost, optional, justification,
                null);
    }

    /** A labour item priced from {@code role} on the rate card, justified by {@code why}. */
    public static LineItem labour(String id, String title, Quantity quantity, Unit unit, String role, Justification why) {
        return new LineItem(id, title, null, Category.LABOUR, quantity, unit, role, null, null, false, why);
    }

    /** An item priced per unit, e.g. a licence or a piece of hardware, justified by {@code why}. */
    public static LineItem priced(String id, String title, Category category, Quantity quantity, Unit unit,
                                  BigDecimal unitPrice, Justification why) {
        return new LineItem(id, title, null, category, quantity, unit, null, unitPrice, null, false, why);
    }

    /** Whether the item is charged again every period rather than once. */
    public boolean isRecurring() {
        return recurrence != null;
    }

    /** This item, charged {@code every} period over {@code term} months. */
    public LineItem recurring(RecurrencePeriod every, int term) {
        return new LineItem(id, title, description, category, quantity, unit, role, unitPrice, unitCost,
                optional, justification, new Recurrence(every, term), customUnit);
    }

    /** This item, counted in a unit it names itself. */
    public LineItem withCustomUnit(CustomUnit unit) {
        return new LineItem(id, title, description, category, quantity, Unit.CUSTOM, role, unitPrice, unitCost,
                optional, justification, recurrence, unit);
    }

    public boolean isLabour() {
        return role != null;
    }

    public LineItem withDescription(String newDescription) {
        return new LineItem(id, title, newDescription, category, quantity, unit, role, unitPrice, unitCost,
                optional, justification, recurrence, customUnit);
    }

    /** This item, marked as one the client may drop. */
    public LineItem asOptional() {
        return new LineItem(id, title, description, category, quantity, unit, role, unitPrice, unitCost,
                true, justification, recurrence, customUnit);
    }

    /** This item as a fixed part of the scope: the client no longer chooses it (an accepted selection). */
    public LineItem asRequired() {
        return new LineItem(id, title, description, category, quantity, unit, role, unitPrice, unitCost,
                false, justification, recurrence);
    }

    public LineItem withQuantity(Quantity newQuantity) {
        return new LineItem(id, title, description, category, newQuantity, unit, role, unitPrice, unitCost,
                optional, justification, recurrence, customUnit);
    }

    public LineItem withUnitPrice(BigDecimal newUnitPrice) {
        return new LineItem(id, title, description, category, quantity, unit, role, newUnitPrice, unitCost,
                optional, justification, recurrence, customUnit);
    }

    public LineItem withUnitCost(BigDecimal newUnitCost) {
        if (java.util.Objects.equals(newUnitCost, unitCost)) {
            return this; // redacting an item without a unit cost leaves it as it is
        }
        return new LineItem(id, title, description, category, quantity, unit, role, unitPrice, newUnitCost,
                optional, justification, recurrence, customUnit);
    }
}
