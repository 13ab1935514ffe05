package dev.estimator.bench;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import dev.estimator.export.ExportRequest;
import java.time.LocalDate;

/** The estimate every benchmark exports: one group of labour items like the samples' (three-point quantity, justification text). */
final class BenchEstimates {

    private BenchEstimates() {
    }

    static ExportRequest request(int items) {
        return ExportRequest.of(estimate(items), Audience.CLIENT);
    }

    static Estimate estimate(int items) {
        Justification why = new Justification(Basis.HISTORICAL_DATA,
                "Our last five retail discovery phases took 3 to 6 days of project-manager time including preparation "
                        + "and write-up; four days is the typical case for a shop with one warehouse.",
                "Projects NW-118, NW-131, NW-140, NW-152, NW-160", Confidence.HIGH, null, null);
        LineItem[] list = new LineItem[items];
        for (int i = 0; i < items; i++) {
            list[i] = LineItem.labour("X" + (i + 1), "Discovery workshops " + (i + 1),
                    Quantity.threePoint(String.valueOf(3 + i % 3), String.valueOf(4 + i % 3), String.valueOf(6 + i % 5)),
                    Unit.DAYS, "pm", why);
        }
        return Estimate.builder("Online shop rebuild", "EUR", "en")
                .client("Rossi Outdoor S.r.l.", ClientKind.EXTERNAL).provider("Northwind Digital Ltd").author("Jane Smith")
                .issued(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 31)).estimateClass(3)
                .role("pm", "Project manager", "640", "390", RatePeriod.DAY)
                .group("bulk", "Bulk items", list)
                .tax("VAT", "22")
                .build();
    }
}
