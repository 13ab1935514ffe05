package dev.estimator.core.validation;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Estimate;
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
        out.addAll(TextChecks.check(estimate));
        out.addAll(CommercialChecks.check(estimate));
        if (out.isEmpty() && alreadyReported.isEmpty()) {
            out.addAll(PriceChecks.check(estimate));
            out.addAll(CommercialChecks.priced(estimate));
        }
        return out;
    }

    /** Every problem of an estimate built in code, with readable paths. Empty when it is valid. */
    public static List<Problem> validate(Estimate estimate) {
        List<Finding> findings = findings(estimate);
        if (findings.isEmpty()) {
            return List.of();
        }
        FieldPaths paths = FieldPaths.of(estimate);
        return findings.stream().map(f -> new Problem(null, 0, 0, paths.display(f.pointer()), f.message())).toList();
    }
}
