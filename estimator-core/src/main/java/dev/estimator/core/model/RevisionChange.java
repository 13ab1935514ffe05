package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Why something changed since the previous revision.
 *
 * @param items   ids in this revision the reason is about: line items, roles, risks, adjustments,
 *                assumptions, groups or alternatives, or the words {@code contingency} and {@code tax}
 * @param removed ids of line items (or risks, adjustments) of the previous revision that this one no
 *                longer has
 * @param reason  the reason, in the document's language
 */
public record RevisionChange(List<String> items, List<String> removed,
                             @NotBlank(message = "say why this changed (reason)") String reason) {

    /** What {@code items} may name besides ids: the contingency and the tax, which have none. */
    public static final List<String> SECTION_WORDS = List.of("contingency", "tax");

    public RevisionChange {
        items = items == null ? List.of() : List.copyOf(items);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** Whether this reason is about {@code id} (in this revision or removed since the previous one). */
    public boolean concerns(String id) {
        return items.contains(id) || removed.contains(id);
    }
}
