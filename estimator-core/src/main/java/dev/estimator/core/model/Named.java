package dev.estimator.core.model;

import java.util.Locale;

/**
 * A closed set of choices whose file spelling is a lower-case, hyphenated word
 * ({@code third-party-service}); shared by every enum of the model.
 */
public interface Named {

    /** The enum constant's name, as Java spells it. */
    String name();

    /** The spelling used in estimate files, e.g. {@code expert-judgment}. */
    default String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a file may name this constant; one that stands for something written otherwise may not. */
    default boolean writable() {
        return true;
    }

    /** The constant whose file spelling (or Java name) is {@code text}, or {@code null}. */
    static <E extends Enum<E> & Named> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        return null;
    }
}
