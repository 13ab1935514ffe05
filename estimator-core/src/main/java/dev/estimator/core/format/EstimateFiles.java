package dev.estimator.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.google.common.base.Preconditions;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.paths.FieldPaths;
import dev.estimator.core.validation.Finding;
import dev.estimator.core.validation.Problem;
import dev.estimator.core.validation.SharedPricing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads, checks and writes estimate files.
 *
 * <p>{@link #load(Path)} never throws for a problem in the user's file: a missing, empty, binary
 * or malformed file, a wrong type, an unknown field and every validation rule all come back as
 * {@link Problem}s naming the file, line, column and field path.
 */
public final class EstimateFiles {

    /**
     * Larger files are refused before parsing, unless the caller sets another cap with
     * {@link #load(Path, long)}: a 100,000-item estimate is about 70 MB of YAML.
     */
    public static final long MAX_BYTES = 128L * 1024 * 1024;
    /** The JSON Schema of the format, on the classpath. */
    public static final String SCHEMA_RESOURCE = "/dev/estimator/core/format/estimate.schema.json";

    /**
     * The writers, made the first time one is used: reading never needs them, and making them
     * (Jackson's YAML and JSON set-up) took about a tenth of a second before a file could be read.
     */
    private static final class Writers {
        static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // A text that reads as a number ("654321", a company number) must stay text when read back.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build());
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

        private Writers() {
        }
    }

    /**
     * From this many characters of text on, a file is large enough for work beside its reading to
     * pay: its line items are decoded on a second thread ({@link ItemsAsRead}), its characters
     * checked on another ({@link BlockYamlReader}), the JDK's locales loaded on a third
     * ({@link EstimateDecoder#prepareInBackground}). Below it, starting a thread costs more than it saves.
     */
    static final int CONCURRENT_FROM = 1_000_000;

    private EstimateFiles() {
    }

    /** Reads and validates the estimate file at {@code file} (YAML, or JSON when it ends in {@code .json}). */
    public static LoadResult load(Path file) {
        return load(file, MAX_BYTES);
    }

    /**
     * As {@link #load(Path)}, refusing a file larger than {@code maxBytes} before reading it.
     * Only a regular file is read: a folder, a device such as {@code /dev/zero} or a named pipe is
     * refused at once (reading a pipe could wait forever).
     */
    public static LoadResult load(Path file, long maxBytes) {
        return load(file, maxBytes, checked -> { });
    }

    /**
     * As {@link #load(Path, long)}, handing the estimate to {@code beforePricing} once it has passed
     * every rule but the price checks, as validation starts pricing it for them (see {@link
     * EstimateValidator#findings(Estimate, java.util.Set, SharedPricing)}): a command
     * that prices the estimate for its own report can start then, on another thread. Only a valid
     * result's estimate (the same instance) makes what was started worth using.
     */
    public static LoadResult load(Path file, long maxBytes, SharedPricing beforePricing) {
        Preconditions.checkNotNull(file, "file");
        Preconditions.checkNotNull(beforePricing, "beforePricing");
        Preconditions.checkArgument(maxBytes > 0, "maxBytes must be positive: %s", maxBytes);
        String source = file.toString();
        SourceText.Content content;
        EstimateValidator.prepareInBackground();
        try {
            content = SourceText.content(file, maxBytes);
        } catch (SourceText.Unreadable e) {
            return unreadable(source, e);
        }
        return parse(content, source, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"),
                beforePricing, false);
    }

    private static LoadResult unreadable(String source, SourceText.Unreadable e) {
        return LoadResult.invalid(List.of(new Problem(source, e.line, e.column, "", e.getMessage())));
    }

    /**
     * Reads and validates an estimate given as text.
     *
     * @param source the name problems are reported under (a file name), or {@code null}
     * @param json   whether the text is JSON (else YAML)
     */
    public static LoadResult parse(String text, String source, boolean json) {
        return parse(SourceText.Content.of(text), source, json, checked -> { }, false);
    }

    /**
     * As {@link #parse(String, String, boolean)}. Every text is checked for its characters as it is
     * decoded ({@link Fields}), so validation does not walk the model's texts again unless
     * {@code walkTextsAgain} (only for the test that compares the two ways).
     */
    static LoadResult parse(String text, String source, boolean json,
                            SharedPricing beforePricing, boolean walkTextsAgain) {
        return parse(SourceText.Content.of(text), source, json, beforePricing, walkTextsAgain);
    }

    private static LoadResult parse(SourceText.Content content, String source, boolean json,
                                    SharedPricing beforePricing, boolean walkTextsAgain) {
        EstimateValidator.prepareInBackground();
        if (content.size() >= CONCURRENT_FROM) {
            EstimateDecoder.prepareInBackground();
        }
        SourceTreeParser.Result parsed;
        Fields.Decoding decoding = new Fields.Decoding();
        // Without positions: a valid file (a large one usually is) never needs them, and they
        // take several times the tree's memory. A file with problems is read again, with them.
        // Line items are decoded as they are read, never held as a tree all at once; in a large
        // file on a second thread, while the reader goes on.
        try (ItemsAsRead items = EstimateDecoder.itemsAsRead(decoding,
                !json && content.size() >= CONCURRENT_FROM)) {
            parsed = SourceTreeParser.parse(content, json, items);
        } catch (SourceTreeParser.SyntaxError e) {
            return LoadResult.invalid(List.of(new Problem(source, e.line, e.column, "", e.getMessage())));
        } catch (SourceText.Unreadable e) {
            return unreadable(source, e);
        }
        parsed.findings().forEach(f -> decoding.report(f.pointer(), f.message()));
        Estimate estimate = EstimateDecoder.decode(parsed.tree().root(), decoding);
        parsed = null; // the tree is garbage from here on: validation and a valid result need only the model
        // A shared history file is read relative to the estimate file; its own problems carry its own name.
        HistoryFiles.Resolved history = HistoryFiles.resolve(estimate, folder(source));
        estimate = history.estimate();
        List<Finding> findings = new ArrayList<>(decoding.findings);
        findings.addAll(history.estimateFindings());
        if (estimate != null && !decoding.skippedElements && history.ok()) {
            findings.addAll(walkTextsAgain ? EstimateValidator.findings(estimate, decoding.reported, beforePricing)
                    : EstimateValidator.findingsOfCheckedTexts(estimate, decoding.reported, beforePricing));
        }
        if (!history.fileProblems().isEmpty()) {
            List<Problem> problems = new ArrayList<>(located(findings, content, json, source));
            problems.addAll(history.fileProblems());
            return LoadResult.invalid(problems);
        }
        if (findings.isEmpty()) {
            return LoadResult.valid(estimate, located(EstimateValidator.warningFindings(estimate), content, json, source));
        }
        return LoadResult.invalid(located(findings, content, json, source));
    }

    /** The folder of the file named {@code source}, against which a history file is resolved; {@code null} for none. */
    private static Path folder(String source) {
        try {
            return source == null ? null : Path.of(source).getParent();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Findings with their file position and readable path, in file order. The text is read again,
     * this time keeping the positions of the findings (and of their ancestors, where a finding
     * about a missing field is placed): only a file with problems or warnings reads twice.
     */
    static List<Problem> located(List<Finding> findings, SourceText.Content content, boolean json, String source) {
        if (findings.isEmpty()) {
            return List.of();
        }
        SourceTree tree;
        try {
            tree = SourceTreeParser.parse(content.text(), json, findings.stream().map(Finding::pointer).toList()).tree();
        } catch (SourceTreeParser.SyntaxError | SourceText.Unreadable e) {
            throw new IllegalStateException("the same text parsed a moment ago", e);
        }
        FieldPaths paths = FieldPaths.of(tree.root());
        return findings.stream().map(f -> {
            SourceTree.Position at = tree.positionOf(f.pointer());
            return new Problem(source, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                    paths.display(f.pointer()), f.message());
        }).sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    /** The estimate as YAML text, in the file format. */
    public static String toYaml(Estimate estimate) {
        return write(Writers.YAML, estimate);
    }

    /** The estimate as JSON text, in the file format. */
    public static String toJson(Estimate estimate) {
        return write(Writers.JSON, estimate) + System.lineSeparator();
    }

    /**
     * Every text the estimate holds (titles, descriptions, justifications, notes, ids ...), in file
     * order: what a document may have to draw, for a renderer to check its fonts against.
     */
    public static List<String> texts(Estimate estimate) {
        List<String> texts = new ArrayList<>();
        collectTexts(EstimateEncoder.encode(estimate), texts);
        return List.copyOf(texts);
    }

    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, out));
    }

    /** The JSON Schema of the format, as shipped in this jar. */
    public static String schema() {
        try (InputStream in = EstimateFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectMapper mapper, Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        try {
            return mapper.writeValueAsString(EstimateEncoder.encode(estimate));
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory tree cannot fail", e);
        }
    }

    /**
     * Writes {@link #toJson(Estimate)}'s text to {@code out} as UTF-8, without holding it as one
     * string (for 100,000 items that is some 60 MB, several copies over). Leaves {@code out} open.
     */
    public static void writeJson(Estimate estimate, java.io.OutputStream out) throws IOException {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(out, "out");
        // The same path as toJson's writeValueAsString; Jackson closes the stream it writes to, so it gets one that only flushes.
        Writers.JSON.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, EstimateEncoder.encode(estimate));
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
    }
}
