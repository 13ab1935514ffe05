package dev.estimator.core.validation;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Estimate;
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

    /** Every problem of {@code estimate}, as findings at pointers into its file structure. */
    public static List<Finding> findings(Estimate estimate) {
        return findings(estimate, Set.of());
    }

    /**
     * Every problem of {@code estimate}, leaving out field-rule violations at {@code alreadyReported}
     * pointers (fields a reader could not read and has reported itself).
     */
    public static List<Finding> findings(Estimate estimate, Set<String> alreadyReported) {
        Preconditions.checkNotNull(estimate, "estimate");
        List<Finding> out = new ArrayList<>();
        for (Finding finding : FieldRules.check(estimate)) {
            if (!alreadyReported.contains(finding.pointer())) {
                out.add(finding);
            }
        }
        out.addAll(CrossChecks.check(estimate));
        out.addAll(PartyChecks.check(estimate));
        out.addAll(CommercialChecks.check(estimate));
        out.addAll(TextChecks.check(estimate));
        if (out.isEmpty() && alreadyReported.isEmpty()) {
            out.addAll(PriceChecks.check(estimate));
            out.addAll(CommercialChecks.priced(estimate));
        }
        return out;
    }

    /**
     * What a valid estimate should be warned about, such as a discount with nothing in exchange
     * ("naked" concession): never a reason to reject it, unless the caller is strict.
     */
    public static List<Finding> warningFindings(Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        return ConcessionChecks.check(estimate);
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
