package dev.estimator.cli;

import dev.estimator.core.acceptance.AcceptedSelection;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.document.Phrasing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Records a client's acceptance: checks the code from the interactive proposal against the
 * estimate file and writes the accepted variant as a new estimate file.
 */
@Command(name = "accept", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class AcceptCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    EstimateFileParameter file;

    @Option(names = "--code", required = true, paramLabel = "CODE", descriptionKey = "accept.code")
    String code;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "accept.output")
    Path output;

    @Option(names = "--force", descriptionKey = "accept.force")
    boolean force;

    AcceptCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Estimate estimate = file.load("; nothing was written");
        AcceptedSelection accepted;
        try {
            accepted = AcceptedSelection.check(estimate, code);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.CODE_REFUSED, "refused: " + e.getMessage() + "; nothing was written");
        }
        Path target = output != null ? output : defaultOutput(file.file);
        if (Files.isDirectory(target)) {
            throw new UserError(ExitCodes.IO, target + " is a folder; give -o the name of the file to write; nothing was written");
        }
        if (Files.exists(target) && !force) {
            throw new UserError(ExitCodes.IO, target + " already exists; choose another name with -o or add --force to "
                    + "replace it; nothing was written");
        }
        Estimate written = accepted.acceptedEstimate(LocalDate.now(clock));
        if (!EstimateValidator.validate(written).isEmpty()) {
            throw new IllegalStateException("the accepted variant is not valid: " + EstimateValidator.validate(written));
        }
        String text = EstimateFiles.toYaml(written);
        try {
            AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UserError(ExitCodes.IO, "could not write " + target + ": " + EstimateInput.reason(e), e);
        }
        report(estimate, accepted, target);
        return ExitCodes.OK;
    }

    private void report(Estimate estimate, AcceptedSelection accepted, Path target) {
        Phrasing p = Phrasing.of(estimate);
        PrintWriter out = spec.commandLine().getOut();
        out.println("accepted: " + estimate.header().title() + ", revision " + estimate.header().revision().number()
                + " (fingerprint " + accepted.code().fingerprint() + ")");
        out.println("  scope:          " + (accepted.variant().alternative() == null ? "the baseline"
                : "alternative " + accepted.variant().alternative().id() + " (" + accepted.variant().alternative().name() + ")"));
        out.println("  optional kept:  " + labels(p, accepted.keptItems()));
        out.println("  left out:       " + labels(p, accepted.variant().optional().stream()
                .filter(i -> accepted.leftOut().contains(i.id())).toList()));
        out.println("  grand total:    " + p.amount(accepted.price().price().total()));
        out.println("wrote " + target);
        out.flush();
    }

    private static String labels(Phrasing p, List<LineItem> items) {
        return items.isEmpty() ? "none" : String.join(", ", items.stream().map(p::itemLabel).toList());
    }

    /** {@code estimate.yaml} gives {@code estimate-accepted.yaml} beside it. */
    static Path defaultOutput(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "-accepted.yaml");
    }
}
