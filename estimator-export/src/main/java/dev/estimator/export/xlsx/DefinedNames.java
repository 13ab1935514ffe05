package dev.estimator.export.xlsx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's named cells: inputs such as {@code Rate_dev} or {@code Tax_Percent} that a
 * reader changes, and results such as {@code Price_Total}. Names are built from fixed prefixes
 * and the model's ids, reduced to letters, digits and underscores, and kept unique regardless of
 * case (as Excel compares them).
 */
final class DefinedNames {

    static final String HOURS_PER_DAY = "HoursPerDay";
    static final String CONTINGENCY_PERCENT = "Contingency_Percent";
    static final String CONTINGENCY_FIXED = "Contingency_Fixed";
    static final String TAX_PERCENT = "Tax_Percent";
    static final String ACCURACY_LOW = "Accuracy_Low";
    static final String ACCURACY_HIGH = "Accuracy_High";
    static final String SUBTOTAL = "Price_Subtotal";
    static final String CONTINGENCY = "Price_Contingency";
    static final String NET = "Price_Net";
    static final String TAX = "Price_Tax";
    static final String TOTAL = "Price_Total";
    static final String TOTAL_WITHOUT_OPTIONAL = "Price_TotalWithoutOptional";
    /** What the payments invoice when the contingency is billed only on approval. */
    static final String BILLED_TOTAL = "Price_BilledTotal";
    static final String RISKS_EXPECTED = "Risks_ExpectedCost";
    static final String STANDARD_DEVIATION = "Range_StdDeviation";
    static final String Z80 = "Range_Z80";
    static final String OPTIMISTIC = "Range_Optimistic";
    static final String P80 = "Range_P80";
    static final String PESSIMISTIC = "Range_Pessimistic";
    static final String CLASS_LOW = "Range_ClassLow";
    static final String CLASS_HIGH = "Range_ClassHigh";
    static final String TOTAL_COST = "Internal_Cost";
    static final String MARGIN = "Internal_Margin";
    static final String MARGIN_PERCENT = "Internal_MarginPercent";
    static final String NET_VERSUS_TARGET = "Internal_NetVersusTarget";
    static final String NET_VERSUS_WALK_AWAY = "Internal_NetVersusWalkAway";
    static final String NET_AT_MAX_DISCOUNT = "Internal_NetAtMaxDiscount";

    private final Workbook workbook;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> byKey = new HashMap<>();

    DefinedNames(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * The name for {@code prefix} and an id ({@code null} for a fixed name), the same each time
     * it is asked for; {@code Rate} and {@code dev} give {@code Rate_dev}.
     */
    String of(String prefix, String id) {
        return of(prefix, id, "");
    }

    /** As {@link #of(String, String)}, with a fixed suffix: {@code Alternative_lean_Total}. */
    String of(String prefix, String id, String suffix) {
        String key = prefix + "\u0000" + id + "\u0000" + suffix;
        return byKey.computeIfAbsent(key, k -> unique(prefix, id, suffix));
    }

    /** Points a name at a cell given as an absolute reference ({@link SheetWriter#absolute}). */
    void define(String name, String absoluteReference) {
        Name definition = workbook.createName();
        definition.setNameName(name);
        definition.setRefersToFormula(absoluteReference);
    }

    private String unique(String prefix, String id, String suffix) {
        StringBuilder base = new StringBuilder(prefix);
        if (id != null) {
            base.append('_');
            id.codePoints().forEach(c -> base.append(c < 128 && Character.isLetterOrDigit(c) ? (char) c : '_'));
        }
        String stem = base.toString();
        String candidate = stem + suffix;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "_" + n + suffix;
        }
        return candidate;
    }
}
