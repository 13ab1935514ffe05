package dev.estimator.export.document;

import dev.estimator.core.calc.HistoryCalibration;
import dev.estimator.core.model.PastProject;
import java.util.List;
import java.util.Optional;

/**
 * The past projects a line item was estimated from, one line each, so that its source can be
 * checked: "NW-118 Garden-centre shop (2024): estimated at €82,000.00, finished at €87,900.00
 * (+7.2% against its estimate)". The overrun is the calculator's.
 */
final class PastProjectPhrases {

    private PastProjectPhrases() {
    }

    static List<String> lines(SectionContext context, List<String> ids) {
        Optional<HistoryCalibration> calibration = context.totals().calibration();
        if (ids.isEmpty() || calibration.isEmpty() || context.estimate().history() == null) {
            return List.of();
        }
        Phrasing p = context.phrasing();
        return ids.stream().flatMap(id -> calibration.get().overruns().stream()
                .filter(o -> o.projectId().equals(id)).findFirst()
                .map(overrun -> {
                    PastProject project = context.estimate().history().project(id).orElseThrow();
                    String name = project.year() == null ? project.name()
                            : p.text("items.pastProjectYear", project.name(), String.valueOf(project.year()));
                    return p.text("items.pastProject", id, name, p.amount(overrun.estimated()),
                            p.amount(overrun.actual()), p.signedPercent(overrun.percent()));
                }).stream()).toList();
    }
}
