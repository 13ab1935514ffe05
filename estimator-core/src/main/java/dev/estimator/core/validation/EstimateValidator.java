package dev.estimator.core.validation;

import com.google.common.base.Preconditions;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.PastProject;
import dev.estimator.core.paths.FieldPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks an estimate: the field rules declared on the model (Jakarta Validation) and the
 * cross-checks between its parts. Reports every problem at once.
 *
 * <p>For an estimate built in code, {@link #validate(Estimate)} gives problems with paths but no
 * file position; {@code EstimateFiles.load} gives them with file, line and column.
 */
public final class EstimateValidator {

    private EstimateValidator() {
    }

    /**
     * Starts the field-rule checker (Hibernate Validator's bootstrap, a few hundred milliseconds
     * in a fresh process) ahead of the first check, so a caller can overlap it with reading a file.
     */
    public static void prepare() {
        FieldRules.prepare();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * {@link #prepare()} on a background thread, once per process: a reader calls it as it starts
     * reading a file, so the bootstrap is over by the time the file has been read.
     */
    public static void prepareInBackground() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread thread = new Thread(EstimateValidator::prepare, "estimator-validator-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Every problem of {@code estimate}, as findings at pointers into its file structure. */
    public static List<Finding> findings(Estimate estimate) {
        return findings(estimate, Set.of());
    }

    /**
     * Every problem of {@code estimate}, leaving out field-rule violations at {@code alreadyReported}
     * pointers (fields a reader could not read and has reported itself).
     */
    public static List<Finding> findings(Estimate estimate, Set<String> alreadyReported) {
        return findings(estimate, alreadyReported, checked -> { });
    }

    /**
     * As {@link #findings(Estimate, Set)}, handing {@code estimate} to {@code beforePricing} once
     * every rule but those that need its totals has passed, just before it is priced for them: a
     * caller that prices it too (for a report) can start then, beside that pricing, on another
     * thread. The estimate may still fail a price check, so what the caller starts is a guess
     * until the findings come back empty. If the hook lends its totals ({@link SharedPricing#totals}),
     * the price checks read those instead of pricing the estimate themselves.
     */
    public static List<Finding> findings(Estimate estimate, Set<String> alreadyReported,
                                         SharedPricing beforePricing) {
        return findings(estimate, alreadyReported, beforePricing, true);
    }

    /**
     * As {@link #findings(Estimate, Set, SharedPricing)}, for an estimate a reader
     * decoded from a file after putting every text it holds through {@link TextCharacters} (a text
     * that failed never reached the model, and the reader reported it): its texts are not walked
     * again. An estimate built or changed in code goes through the other methods.
     */
    public static List<Finding> findingsOfCheckedTexts(Estimate estimate, Set<String> alreadyReported,
                                                       SharedPricing beforePricing) {
        return findings(estimate, alreadyReported, beforePricing, false);
    }

    private static List<Finding> findings(Estimate estimate, Set<String> alreadyReported,
                                          SharedPricing beforePricing, boolean walkTexts) {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(beforePricing, "beforePricing");
        // The field rules (Hibernate Validator walking every item) run beside the other checks: on
        // two cores a large estimate is checked in about half the time. The findings keep their order.
        // On a thread of its own: the common pool's single worker (two cores) may be busy with a whole file.
        java.util.concurrent.CompletableFuture<List<Finding>> rules =
                Futures.onOwnThread("estimator-field-rules", () -> FieldRules.check(estimate));
        List<Finding> others = new ArrayList<>(CrossChecks.check(estimate));
        others.addAll(PartyChecks.check(estimate));
        others.addAll(CommercialChecks.check(estimate));
        if (walkTexts) {
            others.addAll(TextChecks.check(estimate));
        }
        List<Finding> out = new ArrayList<>();
        for (Finding finding : Futures.joined(rules)) {
            if (!alreadyReported.contains(finding.pointer())) {
                out.add(finding);
            }
        }
        out.addAll(others);
        if (out.isEmpty() && alreadyReported.isEmpty()) {
            beforePricing.accept(estimate);
            // A caller that prices the estimate anyway lends its totals; otherwise one pricing for
            // both checks (with a simulated contingency each pricing runs the simulation).
            dev.estimator.core.calc.EstimateTotals shared = beforePricing.totals();
            dev.estimator.core.calc.EstimateTotals totals = shared != null ? shared
                    : dev.estimator.core.calc.EstimateCalculator.calculateWithoutSimulation(estimate);
            out.addAll(PriceChecks.check(estimate, totals));
            out.addAll(CommercialChecks.priced(estimate, totals));
        }
        return out;
    }

    /**
     * The problems of the past projects read from a shared history file, at pointers into that
     * file ({@code /projects/0/actual}): each project's field rules, and each id listed once.
     */
    public static List<Finding> pastProjectFindings(List<PastProject> projects) {
        Preconditions.checkNotNull(projects, "projects");
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            PastProject project = projects.get(i);
            out.addAll(FieldRules.check(project, "/projects/" + i));
            if (project.id() != null && !seen.add(project.id())) {
                out.add(new Finding("/projects/" + i + "/id",
                        "the past project '" + project.id() + "' is listed twice; list each once"));
            }
        }
        return out;
    }

    /**
     * What a valid estimate should be warned about, such as a discount with nothing in exchange
     * ("naked" concession) or a terms line that contradicts the figures ("IVA esclusa" beside a
     * total that includes it): never a reason to reject it, unless the caller is strict.
     */
    public static List<Finding> warningFindings(Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        List<Finding> out = new ArrayList<>(ConcessionChecks.check(estimate));
        out.addAll(TermsChecks.check(estimate));
        return out;
    }

    /** The warnings of an estimate built in code, with readable paths (see {@link #warningFindings}). */
    public static List<Problem> warnings(Estimate estimate) {
        return withPaths(estimate, warningFindings(estimate));
    }

    /** Every problem of an estimate built in code, with readable paths. Empty when it is valid. */
    public static List<Problem> validate(Estimate estimate) {
        return withPaths(estimate, findings(estimate));
    }

    private static List<Problem> withPaths(Estimate estimate, List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        FieldPaths paths = FieldPaths.of(estimate);
        return findings.stream().map(f -> new Problem(null, 0, 0, paths.display(f.pointer()), f.message())).toList();
    }
}
