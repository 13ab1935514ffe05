package dev.estimator.cli;

import dev.estimator.core.compare.ComparisonWarning;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.PriceBasis;
import dev.estimator.export.ExportRequest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * What {@code export --previous} and {@code export --budget} add to the documents: the revision
 * bridge from an earlier revision and the ways to reach a budget, both computed by the core for the
 * request's audience. Checked before anything is written: a previous revision in another currency
 * stops the export; one with no ids in common, or not an earlier revision, only gives a warning.
 *
 * @param previous the previous revision's file, or {@code null}
 * @param budget   the client's budget, or {@code null}
 * @param basis    which price the budget is compared with
 */
record DocumentExtras(Path previous, BigDecimal budget, PriceBasis basis) {

    static final DocumentExtras NONE = new DocumentExtras(null, null, PriceBasis.GROSS);

    boolean any() {
        return previous != null || budget != null;
    }

    /** {@code request} with the bridge and the budget fit asked for; warnings go to {@code err}. */
    ExportRequest apply(ExportRequest request, Path file, PrintWriter err) {
        ExportRequest out = request;
        if (previous != null) {
            Estimate earlier = EstimateInput.load(previous, err, "; nothing was written");
            if (!RevisionBridge.sameCurrency(earlier, request.estimate())) {
                throw new UserError(ExitCodes.INVALID_ESTIMATE, currencies(previous, earlier, file, request.estimate())
                        + "; nothing was written");
            }
            out = out.withPrevious(earlier);
            RevisionBridge bridge = out.bridge().orElseThrow();
            for (ComparisonWarning warning : bridge.warnings()) {
                err.println("estimator: warning: " + warning(warning, bridge, previous, file));
            }
        }
        if (budget != null) {
            out = out.withBudget(budget, basis);
        }
        return out;
    }

    /** Why two revisions cannot be compared: they are priced in different currencies. */
    static String currencies(Path previousFile, Estimate previous, Path currentFile, Estimate current) {
        return previousFile + " is in " + previous.header().currency().getCurrencyCode() + " and " + currentFile
                + " in " + current.header().currency().getCurrencyCode()
                + "; revisions can only be compared in one currency";
    }

    /** A warning about the two files, naming both. */
    static String warning(ComparisonWarning warning, RevisionBridge bridge, Path previousFile, Path currentFile) {
        return switch (warning) {
            case NO_IDS_IN_COMMON -> previousFile + " and " + currentFile
                    + " have no item, assumption, risk, adjustment or alternative id in common; "
                    + "are they revisions of the same estimate?";
            case REVISION_NOT_HIGHER -> currentFile + " is revision " + bridge.currentRevision() + ", not higher than "
                    + previousFile + " (revision " + bridge.previousRevision() + "); are the files in the right order?";
            case REMOVED_ID_NOT_IN_PREVIOUS -> currentFile + " gives a reason for removing an id that "
                    + previousFile + " does not have (header.revision.changes)";
        };
    }
}
