package dev.estimator.core.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * How comparable past projects actually turned out against their estimates: the reference class
 * an estimate is cross-checked against.
 *
 * @param projects          the comparable past projects
 * @param applyToSimulation whether the simulation also draws, for each trial, the actual ÷ estimated
 *                          ratio of one past project and scales the trial's subtotal by it; off when absent
 */
public record History(List<@Valid PastProject> projects, Boolean applyToSimulation) {

    public History {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** Whether the simulation applies the past projects' ratios as an uncertainty factor. */
    public boolean appliedToSimulation() {
        return Boolean.TRUE.equals(applyToSimulation) && !projects.isEmpty();
    }
}
