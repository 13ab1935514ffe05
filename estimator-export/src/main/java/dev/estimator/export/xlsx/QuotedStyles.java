package dev.estimator.export.xlsx;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The quote-prefixed twin of each cell style, made once per workbook. A text cell that starts like
 * a formula ({@code =}, {@code +}, {@code -}, {@code @}) is stored as text anyway; the quote prefix
 * ({@code quotePrefix="1"}, Excel's leading apostrophe) keeps it text when someone edits the cell.
 */
final class QuotedStyles {

    private final Workbook workbook;
    /** By identity: a POI style's own hashCode serialises its XML, which is slow per cell. */
    private final Map<CellStyle, CellStyle> twins = new IdentityHashMap<>();

    QuotedStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** {@code style}, or its quote-prefixed twin when {@code text} would read as a formula if retyped. */
    CellStyle forText(String text, CellStyle style) {
        if (style == null || !looksLikeFormula(text)) {
            return style;
        }
        return twins.computeIfAbsent(style, original -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(original);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        // Full-width forms too: an input method may turn them into the ASCII ones when the cell is edited.
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
