package dev.estimator.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Why a line item costs what it does.
 *
 * @param basis       how the figure was obtained
 * @param reasoning   the reasoning in plain words
 * @param source      where the inputs came from (a ticket, a vendor quote, a past project)
 * @param confidence  how sure the estimator is
 * @param assumptions ids of the assumptions the figure rests on
 * @param risks       ids of the risks that could move it
 * @param pastProjects ids of the past projects (in the estimate's history) the figure was estimated
 *                    from, so that its source can be checked against how they turned out
 */
public record Justification(
        @NotNull(message = "say how the figure was obtained (basis)") Basis basis,
        @NotBlank(message = "explain the figure in plain words (reasoning)") String reasoning,
        String source,
        Confidence confidence,
        List<String> assumptions,
        List<String> risks,
        List<String> pastProjects) {

    /** A justification with just its basis and reasoning. */
    public static Justification of(Basis basis, String reasoning) {
        return new Justification(basis, reasoning, null, null, null, null, null);
    }

    /** A justification that cites no past project. */
    public Justification(Basis basis, String reasoning, String source, Confidence confidence, List<String> assumptions,
                         List<String> risks) {
        this(basis, reasoning, source, confidence, assumptions, risks, null);
    }

    public Justification {
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        risks = risks == null ? List.of() : List.copyOf(risks);
        pastProjects = pastProjects == null ? List.of() : List.copyOf(pastProjects);
    }
}
