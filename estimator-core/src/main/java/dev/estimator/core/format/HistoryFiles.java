package dev.estimator.core.format;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.History;
import dev.estimator.core.model.PastProject;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Finding;
import dev.estimator.core.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the shared history file an estimate points to ({@code history: {file: ../history/company.yaml}}),
 * resolved against the estimate file's folder: a YAML or JSON file whose {@code projects} list has
 * the shape of an estimate's. A file that cannot be read is a problem at the estimate's
 * {@code history.file}; a problem inside it (syntax, a wrong type, a missing amount, an id listed
 * twice) is reported at its own line and column, under its own name.
 */
final class HistoryFiles {

    /** A history file is a list of past projects: far smaller than an estimate may be. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final String POINTER = "/history/file";

    private HistoryFiles() {
    }

    /** What reading the file gave: the estimate with the shared projects, or problems (in either file). */
    record Resolved(Estimate estimate, List<Finding> estimateFindings, List<Problem> fileProblems) {
        boolean ok() {
            return estimateFindings.isEmpty() && fileProblems.isEmpty();
        }
    }

    /**
     * The estimate with its history file's projects read in; unchanged when it names no file.
     *
     * @param folder where the estimate file is, or {@code null} for the working directory
     */
    static Resolved resolve(Estimate estimate, Path folder) {
        History history = estimate == null ? null : estimate.history();
        if (history == null || history.file() == null || history.file().isBlank()) {
            return new Resolved(estimate, List.of(), List.of());
        }
        Path file = (folder == null ? Path.of("") : folder).resolve(history.file()).normalize();
        String source = file.toString();
        String text;
        try {
            text = SourceText.read(file, MAX_BYTES);
        } catch (SourceText.Unreadable e) {
            return new Resolved(estimate, List.of(new Finding(POINTER, "the history file " + source
                    + " cannot be read: " + e.getMessage())), List.of());
        } catch (java.nio.file.InvalidPathException e) {
            return new Resolved(estimate, List.of(new Finding(POINTER, "'" + history.file()
                    + "' is not a file name: " + e.getReason())), List.of());
        }
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        SourceTreeParser.Result parsed;
        try {
            parsed = SourceTreeParser.parse(text, json, false);
        } catch (SourceTreeParser.SyntaxError e) {
            return new Resolved(estimate, List.of(), List.of(new Problem(source, e.line, e.column, "", e.getMessage())));
        }
        Fields.Decoding decoding = new Fields.Decoding();
        parsed.findings().forEach(f -> decoding.report(f.pointer(), f.message()));
        List<PastProject> projects = List.of();
        if (!parsed.tree().root().isObject()) {
            decoding.report("", "a history file holds a list of past projects: projects: [{id: ..., name: ..., "
                    + "estimated: ..., actual: ...}]");
        } else {
            Fields root = new Fields(parsed.tree().root(), "", decoding);
            projects = EstimateDecoder.pastProjects(root);
            root.done();
        }
        List<Finding> findings = new ArrayList<>(decoding.findings);
        if (decoding.findings.isEmpty()) {
            findings.addAll(EstimateValidator.pastProjectFindings(projects));
        }
        if (!findings.isEmpty()) {
            return new Resolved(estimate, List.of(), EstimateFiles.located(findings, SourceText.Content.of(text), json, source));
        }
        return new Resolved(estimate.withHistory(history.withShared(projects)), List.of(), List.of());
    }
}
