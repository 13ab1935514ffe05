package dev.estimator.export;

import com.google.common.base.Preconditions;
import dev.estimator.export.html.HtmlExporter;
import dev.estimator.export.pdf.PdfExporter;
import dev.estimator.export.pdf.Theme;
import dev.estimator.export.xlsx.WorkbookExporter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The document formats Estimator writes, in the order they are written when none is chosen.
 * Adding a format means writing its exporter and adding one line here; no command changes.
 */
public final class ExporterRegistry {

    /**
     * One format: its name on the command line (also its file extension), what it is, whether it
     * is written when the user names no format, and how to make its exporter.
     */
    public record Format(String name, String description, boolean byDefault, Function<Options, Exporter> factory) {
        public Format {
            Preconditions.checkNotNull(name, "name");
            Preconditions.checkNotNull(factory, "factory");
        }

        public Exporter create(Options options) {
            return factory.apply(options);
        }
    }

    /**
     * What the user may choose about every document: the PDF's theme (its default when
     * {@code null}), and whether the HTML page is the interactive proposal (price panel, script
     * and acceptance code) rather than the static page without any script.
     */
    public record Options(Theme theme, boolean interactiveHtml) {
        public static Options defaults() {
            return new Options(null, false);
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("xlsx", "Excel workbook: a live model the client's finance team can rerun", true,
                    options -> new WorkbookExporter()),
            new Format("pdf", "PDF cost explanation", true,
                    options -> options.theme() == null ? new PdfExporter() : new PdfExporter(options.theme())),
            new Format("html", "self-contained HTML explanation: opens offline in any browser, prints cleanly", false,
                    options -> new HtmlExporter(options.interactiveHtml())));

    private ExporterRegistry() {
    }

    /** Every format, in writing order. */
    public static List<Format> formats() {
        return FORMATS;
    }

    /** The formats written when the user names none. */
    public static List<Format> defaults() {
        return FORMATS.stream().filter(Format::byDefault).toList();
    }

    /** The format called {@code name} (any case), if there is one. */
    public static Optional<Format> format(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The names of every format, e.g. for help texts and messages: {@code xlsx, pdf, html}. */
    public static String names() {
        return String.join(", ", FORMATS.stream().map(Format::name).toList());
    }
}
