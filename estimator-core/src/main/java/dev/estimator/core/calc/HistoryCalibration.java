package dev.estimator.core.calc;

import dev.estimator.core.model.History;
import dev.estimator.core.model.PastProject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How comparable past projects turned out against their estimates, in figures a sentence can
 * carry: "our last 12 comparable projects finished at a median of +6 % against their estimates
 * (from −4 % to +18 %)". Each overrun is {@code (actual − estimated) ÷ estimated} as a percentage
 * with two decimals; the median of an even number of projects is the mean of the middle two,
 * rounded half up to two decimals.
 *
 * @param overruns            each project's overrun, in the order the file lists them
 * @param median              the median overrun, in percent (negative: the projects came in under)
 * @param lowest              the smallest overrun, in percent
 * @param highest             the largest overrun, in percent
 * @param appliedToSimulation whether the simulation scales each trial by a past project's ratio,
 *                            so the budget figure includes it
 */
public record HistoryCalibration(List<Overrun> overruns, BigDecimal median, BigDecimal lowest, BigDecimal highest,
                                 boolean appliedToSimulation) {

    public HistoryCalibration {
        overruns = List.copyOf(overruns);
    }

    /** How many past projects the calibration rests on. */
    public int projects() {
        return overruns.size();
    }

    /** One past project's result against its estimate. */
    public record Overrun(String projectId, BigDecimal estimated, BigDecimal actual, BigDecimal percent) {
    }

    /** The calibration of {@code history}; empty without past projects. */
    static Optional<HistoryCalibration> of(History history) {
        if (history == null || history.allProjects().isEmpty()) {
            return Optional.empty();
        }
        List<Overrun> overruns = history.allProjects().stream().map(HistoryCalibration::overrun).toList();
        List<BigDecimal> sorted = overruns.stream().map(Overrun::percent).sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, 2, RoundingPolicy.MODE);
        return Optional.of(new HistoryCalibration(overruns, median, sorted.getFirst(), sorted.getLast(),
                history.appliedToSimulation()));
    }

    private static Overrun overrun(PastProject project) {
        return new Overrun(project.id(), project.estimated(), project.actual(),
                RoundingPolicy.percentage(project.actual().subtract(project.estimated()), project.estimated()));
    }
}
