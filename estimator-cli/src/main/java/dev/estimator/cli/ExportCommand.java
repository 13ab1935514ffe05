package dev.estimator.cli;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import dev.estimator.export.pdf.PdfExporter;
import dev.estimator.export.pdf.Theme;
import dev.estimator.export.pdf.ThemeException;
import dev.estimator.export.xlsx.WorkbookExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the workbook and/or the PDF of a valid estimate, each file atomically. */
@Command(name = "export", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "export.file")
    Path file;

    @Option(names = "--xlsx", descriptionKey = "export.xlsx")
    boolean xlsx;

    @Option(names = "--pdf", descriptionKey = "export.pdf")
    boolean pdf;

    @Option(names = "--audience", paramLabel = "client|internal", defaultValue = "client",
            descriptionKey = "export.audience", converter = AudienceConverter.class)
    Audience audience;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", descriptionKey = "export.output")
    Path outputDir;

    @Option(names = "--theme", paramLabel = "FILE", descriptionKey = "export.theme")
    Path themeFile;

    @Override
    public Integer call() {
        Theme theme = theme();
        if (java.nio.file.Files.exists(outputDir) && !java.nio.file.Files.isDirectory(outputDir)) {
            throw new UserError(ExitCodes.IO, outputDir + " is a file, not a folder; give -o a folder to write into");
        }
        Estimate estimate = EstimateInput.load(file, spec.commandLine().getErr(), "; nothing was written");
        ExportRequest request = ExportRequest.of(estimate, audience);
        List<Exporter> exporters = new ArrayList<>();
        if (xlsx || !pdf) {
            exporters.add(new WorkbookExporter());
        }
        if (pdf || !xlsx) {
            exporters.add(theme == null ? new PdfExporter() : new PdfExporter(theme));
        }
        var out = spec.commandLine().getOut();
        // Check every target before writing any, so a blocked second file cannot leave half an export.
        for (Exporter exporter : exporters) {
            Path target = target(exporter);
            if (java.nio.file.Files.isDirectory(target)) {
                throw new UserError(ExitCodes.IO, "could not write " + target + ": a folder of that name is in the way; "
                        + "nothing was written");
            }
        }
        for (Exporter exporter : exporters) {
            if (exporter instanceof PdfExporter pdfExporter) {
                var missing = pdfExporter.charactersWithoutGlyphs(request);
                if (!missing.isEmpty()) {
                    spec.commandLine().getErr().println("estimator: note: the PDF's fonts cannot draw "
                            + String.join(" ", missing) + "; these characters are left out of the PDF");
                }
            }
        }
        // Every file is complete on disk before any replaces its target: a workbook never sits beside an older PDF.
        List<AtomicFile.Target> targets = exporters.stream()
                .map(exporter -> new AtomicFile.Target(target(exporter), stream -> exporter.write(request, stream))).toList();
        try {
            AtomicFile.writeAll(targets);
        } catch (AtomicFile.Failed e) {
            // Only a failure between two renames leaves a mix: then say which file is from which run.
            String outcome = e.replaced().isEmpty() ? "; nothing was written and any existing files are unchanged"
                    : "; " + e.replaced().stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " already holds this run's version, while " + e.target() + " is unchanged from before";
            throw new UserError(ExitCodes.IO, "could not write " + e.target() + ": " + EstimateInput.reason(e.reason())
                    + outcome, e);
        }
        targets.forEach(t -> out.println("wrote " + t.path() + " (" + audience.name().toLowerCase(Locale.ROOT) + ")"));
        if (audience == Audience.INTERNAL) {
            out.println("note: internal documents show cost, margin and negotiation figures; never send them to the client");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Path target(Exporter exporter) {
        return outputDir.resolve(baseName() + (audience == Audience.INTERNAL ? "-internal" : "") + "." + exporter.extension());
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

    private String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
