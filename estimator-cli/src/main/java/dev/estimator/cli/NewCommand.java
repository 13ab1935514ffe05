package dev.estimator.cli;

import dev.estimator.export.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a starter estimate from a template, dated today and valid for 30 days. The template's
 * comments are kept: they tell the user what to edit.
 */
@Command(name = "new", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    static final int VALID_DAYS = 30;

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "NAME", descriptionKey = "new.template")
    String template;

    @Option(names = {"-l", "--language"}, paramLabel = "LANG", descriptionKey = "new.language")
    String language = TemplateCatalog.DEFAULT_LANGUAGE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "new.output")
    Path output;

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        var languages = TemplateCatalog.languages();
        if (!languages.containsKey(template)) {
            throw new UserError(ExitCodes.USAGE, "there is no template '" + template + "'; available: "
                    + String.join(", ", languages.keySet()));
        }
        TemplateCatalog.Template chosen = TemplateCatalog.named(template, language).orElseThrow(() -> new UserError(
                ExitCodes.USAGE, "the template '" + template + "' is not written in '" + language + "'; it is in: "
                + String.join(", ", languages.get(template))));
        String text = dated(chosen.text(), LocalDate.now(clock));
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (Files.isDirectory(output)) {
            throw new UserError(ExitCodes.IO, output + " is a folder; give -o the name of the file to write");
        }
        if (Files.exists(output) && !force) {
            throw new UserError(ExitCodes.IO, output + " already exists; choose another name or add --force to replace it");
        }
        try {
            AtomicFile.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UserError(ExitCodes.IO, "could not write " + output + ": " + EstimateInput.reason(e), e);
        }
        spec.commandLine().getOut().println("wrote " + output + " from template '" + chosen.name()
                + "' (" + chosen.language() + "); edit it, then run: estimator validate " + output);
        return ExitCodes.OK;
    }

    /** The template with its issue date set to {@code today} and its validity to 30 days later. */
    static String dated(String text, LocalDate today) {
        return text.replaceFirst("(?m)^(\\s*issueDate:\\s*)\\S+", "$1" + today)
                .replaceFirst("(?m)^(\\s*validUntil:\\s*)\\S+", "$1" + today.plusDays(VALID_DAYS));
    }
}
