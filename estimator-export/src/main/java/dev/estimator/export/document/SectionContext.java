package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.export.ExportRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * What every section is built from: the request for one audience, and the phrasing of its language.
 *
 * @param itemsById the estimate's line items by id, so that a section of 100,000 rows finds each
 *                  item at once instead of walking the breakdown for every row
 */
record SectionContext(ExportRequest request, Phrasing phrasing, Map<String, LineItem> itemsById) {

    SectionContext(ExportRequest request, Phrasing phrasing) {
        this(request, phrasing, index(request.estimate()));
    }

    private static Map<String, LineItem> index(Estimate estimate) {
        Map<String, LineItem> items = new HashMap<>();
        estimate.allItems().forEach(item -> items.putIfAbsent(item.id(), item));
        return items;
    }

    Estimate estimate() {
        return request.estimate();
    }

    EstimateTotals totals() {
        return request.totals();
    }

    /** The line item with {@code id} (the first, as {@link Estimate#item(String)} finds it). */
    LineItem item(String id) {
        LineItem item = itemsById.get(id);
        if (item == null) {
            throw new java.util.NoSuchElementException("no line item with id " + id);
        }
        return item;
    }

    boolean isInternal() {
        return request.isInternal();
    }
}
