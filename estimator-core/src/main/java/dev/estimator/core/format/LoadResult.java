package dev.estimator.core.format;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.InvalidEstimateException;
import dev.estimator.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading an estimate file gave: the estimate when it is valid, else every problem found.
 */
public record LoadResult(Optional<Estimate> estimate, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (estimate.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("an estimate with problems is not a valid result");
        }
    }

    static LoadResult valid(Estimate estimate) {
        return new LoadResult(Optional.of(estimate), List.of());
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
