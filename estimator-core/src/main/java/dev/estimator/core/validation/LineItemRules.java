package dev.estimator.core.validation;

import dev.estimator.core.model.CustomUnit;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Recurrence;
import java.math.BigDecimal;
import java.util.List;

/**
 * The field rules of the breakdown's line items, written out by hand: the same rules, messages
 * and pointers as the Jakarta Validation annotations on {@link LineItem}, {@link Quantity},
 * {@link Justification}, {@link Recurrence} and {@link CustomUnit} give through Hibernate
 * Validator (a test compares the two on random items), at a small part of the cost. Hibernate
 * Validator walked each of a 100,000-item estimate's items through its metadata and cascades;
 * it still checks everything else. Keep this class in step with those annotations.
 */
final class LineItemRules {

    private LineItemRules() {
    }

    /** The findings of every item of {@code groups} (the breakdown at {@code prefix}), in no particular order. */
    static void check(List<Group> groups, String prefix, List<Finding> out) {
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String at = prefix + "/" + g;
            List<LineItem> items = group.items();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), at + "/items/" + i, out);
            }
            check(group.groups(), at + "/groups", out);
        }
    }

    /** The findings of one item at {@code at}. */
    static void check(LineItem item, String at, List<Finding> out) {
        if (blank(item.id())) {
            out.add(new Finding(at + "/id", "every line item needs an id"));
        }
        if (blank(item.title())) {
            out.add(new Finding(at + "/title", "every line item needs a title"));
        }
        if (item.category() == null) {
            out.add(new Finding(at + "/category", "the category is required"));
        }
        switch (item.quantity()) {
            case null -> out.add(new Finding(at + "/quantity", "the quantity is required"));
            // A single value is written as a bare number: its finding is at the quantity itself.
            case Quantity.Fixed fixed -> {
                if (fixed.value() == null) {
                    out.add(new Finding(at + "/quantity", "the quantity is required"));
                }
            }
            case Quantity.ThreePoint points -> {
                if (points.optimistic() == null) {
                    out.add(new Finding(at + "/quantity/optimistic", "the optimistic quantity is required"));
                }
                if (points.mostLikely() == null) {
                    out.add(new Finding(at + "/quantity/mostLikely", "the most likely quantity is required"));
                }
                if (points.pessimistic() == null) {
                    out.add(new Finding(at + "/quantity/pessimistic", "the pessimistic quantity is required"));
                }
            }
        }
        if (item.unit() == null) {
            out.add(new Finding(at + "/unit", "the unit is required"));
        }
        if (negative(item.unitPrice())) {
            out.add(new Finding(at + "/unitPrice", "a unit price cannot be negative"));
        }
        if (negative(item.unitCost())) {
            out.add(new Finding(at + "/unitCost", "a unit cost cannot be negative"));
        }
        Justification why = item.justification();
        if (why == null) {
            out.add(new Finding(at + "/justification", "every line item needs a justification"));
        } else {
            if (why.basis() == null) {
                out.add(new Finding(at + "/justification/basis", "say how the figure was obtained (basis)"));
            }
            if (blank(why.reasoning())) {
                out.add(new Finding(at + "/justification/reasoning", "explain the figure in plain words (reasoning)"));
            }
        }
        Recurrence recurrence = item.recurrence();
        if (recurrence != null) {
            if (recurrence.every() == null) {
                out.add(new Finding(at + "/recurrence/every", "say how often it recurs: month, quarter or year"));
            }
            Integer term = recurrence.term();
            if (term == null) {
                out.add(new Finding(at + "/recurrence/term", "give the term in months, e.g. term: 36"));
            } else if (term <= 0) {
                out.add(new Finding(at + "/recurrence/term", "a term is at least one month"));
            } else if (term > 1200) {
                out.add(new Finding(at + "/recurrence/term", "a term of more than 1200 months is not plausible"));
            }
        }
        CustomUnit unit = item.customUnit();
        if (unit != null && blank(unit.name())) {
            out.add(new Finding(at + "/unit/name",
                    "name the unit, e.g. {name: verifica, plural: verifiche, gender: feminine}"));
        }
    }

    /** As Hibernate Validator's {@code @NotBlank}: null, or nothing but white space ({@link String#isBlank()}). */
    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** As {@code @PositiveOrZero} on a BigDecimal: a null value passes. */
    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
