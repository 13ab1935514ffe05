package dev.estimator.cli;

import dev.estimator.core.model.Audience;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.export.Exporter;
import dev.estimator.export.ExporterRegistry;
import dev.estimator.export.pdf.Theme;
import dev.estimator.export.pdf.ThemeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the documents (workbook, PDF, HTML: see {@link ExporterRegistry}) of valid estimates, each file atomically: one estimate file
 * ({@link EstimateExport}, its formats written at the same time), or several files and folders
 * in one process ({@link BatchExport}).
 */
@Command(name = "export", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    static final String INTERNAL_NOTE =
            "note: internal documents show cost, margin and negotiation figures; never send them to the client";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "export.file")
    List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", descriptionKey = "export.format")
    List<String> formats = new ArrayList<>();

    @Option(names = "--xlsx", descriptionKey = "export.xlsx")
    boolean xlsx;

    @Option(names = "--pdf", descriptionKey = "export.pdf")
    boolean pdf;

    @Option(names = "--html", descriptionKey = "export.html")
    boolean html;

    @Option(names = "--interactive", descriptionKey = "export.interactive")
    boolean interactive;

    @Option(names = "--audience", paramLabel = "client|internal", defaultValue = "client",
            descriptionKey = "export.audience", converter = AudienceConverter.class)
    Audience audience;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", descriptionKey = "export.output")
    Path outputDir;

    @Option(names = "--theme", paramLabel = "FILE", descriptionKey = "export.theme")
    Path themeFile;

    @Option(names = "--previous", paramLabel = "OLD", descriptionKey = "export.previous")
    Path previousFile;

    @Option(names = "--budget", paramLabel = "AMOUNT", descriptionKey = "export.budget")
    java.math.BigDecimal budget;

    @picocli.CommandLine.Mixin
    PriceBasisOption basis;

    @Override
    public Integer call() {
        DocumentExtras extras = extras();
        Theme theme = theme();
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new UserError(ExitCodes.IO, outputDir + " is a file, not a folder; give -o a folder to write into");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService workers = workers();
        List<Exporter> exporters;
        try {
            workers.execute(EstimateValidator::prepare);
            exporters = exporters(theme, workers);
        } catch (RuntimeException e) {
            workers.shutdownNow();
            throw e;
        }
        try {
            if (files.size() == 1 && !Files.isDirectory(files.getFirst())) {
                return exportOne(files.getFirst(), exporters, workers, out, err, extras);
            }
            List<Path> estimates = estimateFiles(files);
            return new BatchExport(estimates, audience, outputDir, exporters, workers)
                    .run(out, err, new Progress(err, Progress.onTerminal(), estimates.size()));
        } finally {
            workers.shutdownNow();
        }
    }

    private int exportOne(Path file, List<Exporter> exporters, ExecutorService workers, PrintWriter out, PrintWriter err,
                          DocumentExtras extras) {
        List<Path> written = new EstimateExport(file, audience, outputDir, exporters, workers, extras).run(err);
        for (Path target : written) {
            out.println("wrote " + target + " (" + audience.name().toLowerCase(Locale.ROOT) + ")");
        }
        if (audience == Audience.INTERNAL) {
            out.println(INTERNAL_NOTE);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --previous} and {@code --budget}, which take one estimate file. */
    private DocumentExtras extras() {
        DocumentExtras extras = new DocumentExtras(previousFile, budget, basis.basis());
        if (budget != null && budget.signum() < 0) {
            throw new UserError(ExitCodes.USAGE, "the budget is an amount of zero or more, not " + budget.toPlainString());
        }
        if (extras.any() && (files.size() > 1 || Files.isDirectory(files.getFirst()))) {
            throw new UserError(ExitCodes.USAGE, "--previous and --budget take one estimate file, not several or a folder");
        }
        return extras;
    }

    /**
     * The exporters of the formats asked for ({@code --format} and the shorthands together), in
     * the registry's order; the registry's default formats when none is asked for. Each is made
     * and prepared on the workers while this thread reads the first estimate: in a fresh process,
     * loading the PDF theme and initialising the formats' libraries take longer than the export.
     */
    private List<Exporter> exporters(Theme theme, ExecutorService workers) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : formats) {
            if (name.isBlank()) {
                continue;
            }
            ExporterRegistry.Format format = ExporterRegistry.format(name).orElseThrow(() -> new UserError(ExitCodes.USAGE,
                    "'" + name.trim() + "' is not a format; use " + ExporterRegistry.names()));
            wanted.add(format.name());
        }
        if (xlsx) {
            wanted.add("xlsx");
        }
        if (pdf) {
            wanted.add("pdf");
        }
        if (html || interactive) {
            wanted.add("html");
        }
        ExporterRegistry.Options options = new ExporterRegistry.Options(theme, interactive);
        return ExporterRegistry.formats().stream()
                .filter(f -> wanted.isEmpty() ? f.byDefault() : wanted.contains(f.name()))
                .map(f -> (Exporter) ExporterOnWorker.start(f, options, workers))
                .toList();
    }

    /** One thread per processor (two at least, one per format), not keeping the JVM alive. */
    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "estimator-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The files given, with each folder replaced by the estimate files directly in it
     * ({@code .yaml}, {@code .yml}, {@code .json}, by name); each file once.
     */
    static List<Path> estimateFiles(List<Path> given) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                files.add(path.normalize());
                continue;
            }
            try (Stream<Path> list = Files.list(path)) {
                list.filter(f -> Files.isRegularFile(f) && isEstimateName(f)).sorted()
                        .forEach(f -> files.add(f.normalize()));
            } catch (IOException e) {
                throw new UserError(ExitCodes.IO, "could not read the folder " + path + ": " + EstimateInput.reason(e)
                        + "; nothing was written");
            }
        }
        if (files.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "no estimate files (.yaml, .yml, .json) in " + String.join(", ",
                    given.stream().map(Path::toString).toList()) + "; nothing was written");
        }
        return List.copyOf(files);
    }

    private static boolean isEstimateName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private Theme theme() {
        if (themeFile == null) {
            return null;
        }
        try {
            return Theme.load(themeFile);
        } catch (ThemeException e) {
            throw new UserError(ExitCodes.IO, e.getMessage(), e);
        }
    }

    /** Accepts {@code client} or {@code internal} in any case. */
    static final class AudienceConverter implements picocli.CommandLine.ITypeConverter<Audience> {
        @Override
        public Audience convert(String value) {
            try {
                return Audience.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an audience; use client or internal");
            }
        }
    }
}
