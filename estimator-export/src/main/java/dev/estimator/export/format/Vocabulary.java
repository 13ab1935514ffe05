package dev.estimator.export.format;

import dev.estimator.core.model.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words documents share, in the estimate's language: the names of the model's choices
 * ({@code category.labour}, {@code unit.days}, {@code basis.vendor-quote}, ...) and common labels
 * ({@code label.total}, ...). Backed by the {@code vocabulary} bundles in this package; a missing
 * key is a programming error and fails at once.
 */
public final class Vocabulary {

    private static final String BUNDLE = "dev.estimator.export.format.vocabulary";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Vocabulary(Locale locale) {
        this.locale = locale;
        this.bundle = LocalizedProperties.load(BUNDLE, locale);
    }

    /** The vocabulary for a language tag such as {@code en}, {@code it} or {@code ja}; English otherwise. */
    public static Vocabulary forLanguage(String language) {
        return new Vocabulary(Locale.forLanguageTag(language == null ? "en" : language));
    }

    public Locale locale() {
        return locale;
    }

    /** The word for a model choice, e.g. {@code name(Category.LABOUR)} is "Labour" in English. */
    public String name(Named choice) {
        String type = ((Enum<?>) choice).getDeclaringClass().getSimpleName();
        String prefix = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        return text(prefix + "." + choice.fileName());
    }

    /**
     * A unit as it reads after {@code quantity}: "1 piece", "12 pieces", "0.5 days". Languages
     * with a singular form give it under {@code unitOne.*}; others use the one form they have.
     */
    public String unit(dev.estimator.core.model.Unit unit, java.math.BigDecimal quantity) {
        if (quantity != null && quantity.compareTo(java.math.BigDecimal.ONE) == 0 && bundle.containsKey("unitOne." + unit.fileName())) {
            return bundle.getString("unitOne." + unit.fileName());
        }
        return name(unit);
    }

    /**
     * An item's unit as it reads after {@code quantity}: the singular or plural of a unit the item
     * names itself, else the standard unit's word.
     */
    public String unit(dev.estimator.core.model.LineItem item, java.math.BigDecimal quantity) {
        return item.customUnit() != null ? item.customUnit().forQuantity(quantity) : unit(item.unit(), quantity);
    }

    /** An item's unit named on its own, as in a table's unit column: a custom unit's plural, else the unit's name. */
    public String unitName(dev.estimator.core.model.LineItem item) {
        return item.customUnit() != null ? item.customUnit().effectivePlural() : name(item.unit());
    }

    /** The text for {@code key}, with {@code args} filled in ({@link MessageFormat} style). */
    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + locale, e);
        }
    }

    /**
     * Whether words agreeing with {@code item}'s unit take the feminine ("ciascuna" after
     * "trasferte"): the custom unit's stated gender, else {@code unitGender.*} of the language.
     */
    public boolean feminine(dev.estimator.core.model.LineItem item) {
        if (item.customUnit() != null) {
            return item.customUnit().gender() == dev.estimator.core.model.GrammaticalGender.FEMININE;
        }
        String key = "unitGender." + item.unit().fileName();
        return bundle.containsKey(key) && "feminine".equals(bundle.getString(key));
    }

    /** Whether there is a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
