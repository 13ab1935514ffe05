package dev.estimator.core.validation;

import java.util.List;

/** Thrown by {@code orThrow()} when an estimate has problems; carries every one of them. */
public final class InvalidEstimateException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidEstimateException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }
}
