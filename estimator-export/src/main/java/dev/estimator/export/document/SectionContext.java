package dev.estimator.export.document;

import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;

/** What every section is built from: the request for one audience, and the phrasing of its language. */
record SectionContext(ExportRequest request, Phrasing phrasing) {

    Estimate estimate() {
        return request.estimate();
    }

    EstimateTotals totals() {
        return request.totals();
    }

    boolean isInternal() {
        return request.isInternal();
    }
}
