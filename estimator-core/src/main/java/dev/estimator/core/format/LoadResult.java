package dev.estimator.core.format;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.InvalidEstimateException;
import dev.estimator.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading an estimate file gave: the estimate when it is valid, else every problem found.
 *
 * @param warnings for a valid estimate, what it should be warned about (e.g. a discount with nothing
 *                 in exchange), with file positions; never a reason to reject it
 */
public record LoadResult(Optional<Estimate> estimate, List<Problem> problems, List<Problem> warnings) {

    public LoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (estimate.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("an estimate with problems is not a valid result");
        }
    }

    /** A result without warnings. */
    public LoadResult(Optional<Estimate> estimate, List<Problem> problems) {
        this(estimate, problems, List.of());
    }

    static LoadResult valid(Estimate estimate) {
        return new LoadResult(Optional.of(estimate), List.of());
    }

    static LoadResult valid(Estimate estimate, List<Problem> warnings) {
        return new LoadResult(Optional.of(estimate), List.of(), warnings);
    }

    static LoadResult invalid(List<Problem> problems) {
        return new LoadResult(Optional.empty(), problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The estimate, or an {@link InvalidEstimateException} carrying every problem. */
    public Estimate orThrow() {
        return estimate.orElseThrow(() -> new InvalidEstimateException(problems));
    }
}
