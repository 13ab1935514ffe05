package dev.estimator.export.html;

import com.google.common.base.Preconditions;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import dev.estimator.export.document.DocumentBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the cost explanation as one self-contained HTML file, UTF-8 with LF line endings: the
 * same sections, figures and words as the PDF (the {@link DocumentBuilder document model}),
 * readable on a phone and a wide screen, printable, without scripts, and loading nothing from
 * elsewhere. The same request gives the same bytes. A client request carries nothing internal
 * (see {@link ExportRequest}), so nothing internal can reach the client's copy.
 */
public final class HtmlExporter implements Exporter {

    private static final String STYLESHEET = "document.css";

    private final boolean interactive;

    /** The static page: no script at all. */
    public HtmlExporter() {
        this(false);
    }

    /**
     * @param interactive whether the page carries the interactive proposal: the live price panel
     *                    and the acceptance code ({@link InteractivePanel})
     */
    public HtmlExporter(boolean interactive) {
        this.interactive = interactive;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        Preconditions.checkNotNull(request, "request");
        Preconditions.checkNotNull(out, "out");
        String html = HtmlRenderer.render(DocumentBuilder.build(request), Stylesheet.TEXT,
                interactive ? InteractivePanel.of(request) : PageAddition.NONE);
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The stylesheet, read once; LF line endings whatever the checkout did to the file. */
    private static final class Stylesheet {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = HtmlExporter.class.getResourceAsStream(STYLESHEET)) {
                if (in == null) {
                    throw new IllegalStateException("the stylesheet " + STYLESHEET + " is missing from the classpath");
                }
                String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                return css.endsWith("\n") ? css : css + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
