package dev.estimator.cli;

import dev.estimator.core.compare.ComparisonWarning;
import dev.estimator.core.compare.RevisionBridge;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
        // The two files are read at the same time (each read is single-threaded); problems are still
        // reported in order, the old file's first.
        CompletableFuture<LoadResult> next = Futures.onOwnThread("estimator-read", () -> EstimateInput.read(currentFile));
        Estimate previous = EstimateInput.load(previousFile, err, "").redactedFor(audience);
        Estimate current = EstimateInput.valid(currentFile, Futures.joined(next), err, "").redactedFor(audience);
        if (!RevisionBridge.sameCurrency(previous, current)) {
            throw new UserError(ExitCodes.INVALID_ESTIMATE,
                    DocumentExtras.currencies(previousFile, previous, currentFile, current));
        }
        RevisionBridge bridge = RevisionBridge.between(previous, current);
        for (ComparisonWarning warning : bridge.warnings()) {
            err.println("estimator: warning: "
                    + DocumentExtras.warning(warning, bridge, previousFile, currentFile));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? BridgeJson.render(current, bridge) : new BridgeTable(previous, current, bridge).render());
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
