package dev.estimator.core.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;

/**
 * How comparable past projects actually turned out against their estimates: the reference class
 * an estimate is cross-checked against. The projects can be listed in the estimate, read from a
 * history file shared by many estimates, or both.
 *
 * @param projects          the comparable past projects listed in the estimate itself
 * @param applyToSimulation whether the simulation also draws, for each trial, the actual ÷ estimated
 *                          ratio of one past project and scales the trial's subtotal by it; off when absent
 * @param file              the shared history file as written in the estimate (relative to the
 *                          estimate file), or {@code null}
 * @param shared            the projects read from {@code file} (checked against that file when it
 *                          was read; never written back into the estimate)
 */
public record History(List<@Valid PastProject> projects, Boolean applyToSimulation, String file,
                      List<PastProject> shared) {

    public History {
        projects = projects == null ? List.of() : List.copyOf(projects);
        shared = shared == null ? List.of() : List.copyOf(shared);
    }

    /** Past projects listed in the estimate only, without a shared file. */
    public History(List<PastProject> projects, Boolean applyToSimulation) {
        this(projects, applyToSimulation, null, null);
    }

    /** This history with {@code projects} as the ones read from its file. */
    public History withShared(List<PastProject> projects) {
        return new History(this.projects, applyToSimulation, file, projects);
    }

    /** Every past project: the shared file's, then the estimate's own. */
    public List<PastProject> allProjects() {
        if (shared.isEmpty()) {
            return projects;
        }
        List<PastProject> all = new ArrayList<>(shared);
        all.addAll(projects);
        return List.copyOf(all);
    }

    /** The past project with {@code id}, from the file or the estimate. */
    public java.util.Optional<PastProject> project(String id) {
        return allProjects().stream().filter(p -> p.id() != null && p.id().equals(id)).findFirst();
    }

    /** Whether the simulation applies the past projects' ratios as an uncertainty factor. */
    public boolean appliedToSimulation() {
        return Boolean.TRUE.equals(applyToSimulation) && !allProjects().isEmpty();
    }
}
