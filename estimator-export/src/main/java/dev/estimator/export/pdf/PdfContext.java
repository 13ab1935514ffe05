package dev.estimator.export.pdf;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.format.DateFormat;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;

/**
 * What every section writes with: the request (estimate and totals for one audience), the
 * typesetter, the texts in the estimate's language, and money and dates in its locale.
 * Amounts are only ever the calculator's figures, formatted; nothing here adds or rounds.
 */
record PdfContext(ExportRequest request, Typesetter out, PdfTexts texts, MoneyFormat money, DateFormat dates,
                  Theme theme) {

    Estimate estimate() {
        return request.estimate();
    }

    EstimateTotals totals() {
        return request.totals();
    }

    /** An amount in the estimate's currency and locale. */
    String amount(BigDecimal amount) {
        return money.format(amount);
    }

    /** A signed difference, e.g. {@code −€600.00}. */
    String signed(BigDecimal amount) {
        return money.formatSigned(amount);
    }

    /**
     * A rate or unit price. Stated prices may carry more decimals than the currency (a price per
     * piece of 0.125); those keep their decimals rather than being rounded.
     */
    String rate(BigDecimal rate) {
        return money.formatRate(rate);
    }

    String number(BigDecimal number) {
        return money.formatNumber(number);
    }

    String percent(BigDecimal percent) {
        return texts.text("format.percent", money.formatNumber(percent));
    }

    /** A computed share (two decimals, from {@code RoundingPolicy.percentage}), always with both decimals. */
    String share(BigDecimal percent) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(money.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(Math.max(2, percent.scale()));
        return texts.text("format.percent", format.format(percent));
    }

    /** An item's id and title, e.g. {@code B1 Catalogue and search}. */
    String itemLabel(LineItem item) {
        return item.id() + "  " + item.title();
    }

    /** The title of the item with {@code id}, or the id itself when there is none. */
    String itemTitle(String id) {
        return anyItem(id).map(LineItem::title).orElse(id);
    }

    /**
     * The line item with {@code id}: in the baseline, or else one that an alternative adds or swaps
     * in (an alternative built on another may change such an item).
     */
    java.util.Optional<LineItem> anyItem(String id) {
        java.util.Optional<LineItem> baseline = estimate().item(id);
        if (baseline.isPresent()) {
            return baseline;
        }
        return estimate().alternatives().stream().flatMap(a -> a.changes().stream())
                .map(change -> switch (change) {
                    case dev.estimator.core.model.Change.Add add -> add.newItem();
                    case dev.estimator.core.model.Change.Swap swap -> swap.newItem();
                    default -> null;
                })
                .filter(item -> item != null && id.equals(item.id()))
                .findFirst();
    }
}
