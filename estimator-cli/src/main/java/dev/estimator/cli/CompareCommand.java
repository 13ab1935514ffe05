package dev.estimator.cli;

import dev.estimator.core.compare.ComparisonWarning;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Explains how the grand total moved from one revision to the next: the revision bridge. */
@Command(name = "compare", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "compare.old")
    Path previousFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "compare.new")
    Path currentFile;

    @Option(names = "--internal", descriptionKey = "compare.internal")
    boolean internal;

    @Option(names = "--json", descriptionKey = "compare.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Audience audience = internal ? Audience.INTERNAL : Audience.CLIENT;
        Estimate previous = EstimateInput.load(previousFile, err, "").redactedFor(audience);
        Estimate current = EstimateInput.load(currentFile, err, "").redactedFor(audience);
        if (!RevisionBridge.sameCurrency(previous, current)) {
            throw new UserError(ExitCodes.INVALID_ESTIMATE, previousFile + " is in "
                    + previous.header().currency().getCurrencyCode() + " and " + currentFile + " in "
                    + current.header().currency().getCurrencyCode()
                    + "; revisions can only be compared in one currency");
        }
        RevisionBridge bridge = RevisionBridge.between(previous, current);
        for (ComparisonWarning warning : bridge.warnings()) {
            err.println("estimator: warning: " + warning(warning, bridge));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? BridgeJson.render(current, bridge) : new BridgeTable(previous, current, bridge).render());
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private String warning(ComparisonWarning warning, RevisionBridge bridge) {
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
