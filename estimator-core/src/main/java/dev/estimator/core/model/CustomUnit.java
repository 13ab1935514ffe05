package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

/**
 * A unit an item names itself when no standard {@link Unit} fits, e.g. {@code verifica} /
 * {@code verifiche}, written in the document's language.
 *
 * @param name   the singular, as printed after a quantity of one
 * @param plural the plural, or {@code null} when it equals the singular (Japanese has none)
 * @param gender the grammatical gender, which Italian words agree with; {@code null} where the
 *               language has none
 */
public record CustomUnit(
        @NotBlank(message = "name the unit, e.g. {name: verifica, plural: verifiche, gender: feminine}") String name,
        String plural,
        GrammaticalGender gender) {

    /** The plural as printed: the stated one, else the singular. */
    public String effectivePlural() {
        return plural == null ? name : plural;
    }

    /** The word after {@code quantity}: the singular for exactly one, else the plural. */
    public String forQuantity(BigDecimal quantity) {
        return quantity != null && quantity.compareTo(BigDecimal.ONE) == 0 ? name : effectivePlural();
    }
}
