package dev.estimator.export.pdf;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Header;
import dev.estimator.export.document.DocumentBuilder;
import dev.estimator.export.document.DocumentInfo;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the cost explanation as a PDF: cover, executive summary, breakdown with chart, how each
 * figure was reached, assumptions and exclusions, risks and contingency, alternatives, price and
 * terms, changes since the previous revision and an acceptance block; the internal variant adds
 * the provider's figures on pages marked INTERNAL.
 *
 * <p>What the PDF says is the {@link DocumentBuilder document model}: every figure is the
 * calculator's, phrased once for every format; this package only lays it out, with embedded fonts. A client request carries nothing internal (see {@link ExportRequest}), so nothing
 * internal can reach the client's copy.
 */
public final class PdfExporter implements Exporter {

    private static final String CREATOR = "Estimator";

    private final Theme theme;

    /** An exporter using {@link Theme#defaultTheme()}. */
    public PdfExporter() {
        this(Theme.defaultTheme());
    }

    public PdfExporter(Theme theme) {
        this.theme = Preconditions.checkNotNull(theme, "theme");
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        try {
            dev.estimator.export.format.NeutralLocale.run(() -> writeUnderNeutralLocale(request, out));
        } catch (org.openpdf.text.ExceptionConverter e) {
            // OpenPDF wraps a failing stream (a full disk) in an unchecked exception; the caller
            // must see the IOException, which it reports as a file that could not be written.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private void writeUnderNeutralLocale(ExportRequest request, OutputStream out) throws IOException {
        Preconditions.checkNotNull(request, "request");
        Preconditions.checkNotNull(out, "out");
        dev.estimator.export.document.Document document = DocumentBuilder.build(request, theme.negatives());
        DocumentFonts fonts = DocumentFonts.of(theme, request.estimate().header().language());
        // Straight to out, laid out once ("page X of Y" is filled in at the end, see PageFrame):
        // a large document is never held in memory whole.
        OutputStream stable = SubsetPrefixes.stabilising(out);
        // The file id hashes the whole estimate (a few seconds at 100,000 items) and is only
        // written with the trailer: it is computed on a second thread while the pages are laid out.
        java.util.concurrent.CompletableFuture<byte[]> fileId =
                dev.estimator.core.concurrent.Futures.onOwnThread("pdf-file-id", () -> fileId(request));
        render(request, document, fonts, fileId, stable);
        stable.close();
    }

    /** Parses the theme's fonts (shared by every document of the process) and initialises OpenPDF with a one-line document. */
    @Override
    public void prepare() {
        try {
            DocumentFonts fonts = DocumentFonts.of(theme, "en");
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, OutputStream.nullOutputStream());
            document.open();
            document.add(new org.openpdf.text.Paragraph(fonts.phrase("Estimator \u898b\u7a4d", TextStyle.BODY)));
            document.close();
        } catch (RuntimeException e) {
            // Only a head start: the real write meets and reports any real problem.
        }
    }

    /**
     * The characters of the estimate that no font of this exporter's theme can draw (emoji, rare
     * scripts): the PDF leaves them out, so a caller should tell the user. Empty when all is well.
     */
    public java.util.Set<String> charactersWithoutGlyphs(ExportRequest request) {
        DocumentFonts fonts = DocumentFonts.of(theme, request.estimate().header().language());
        return fonts.missing(dev.estimator.core.format.EstimateFiles.texts(request.estimate()));
    }

    @Override
    public java.util.List<String> warnings(ExportRequest request) {
        java.util.Set<String> missing = charactersWithoutGlyphs(request);
        return missing.isEmpty() ? java.util.List.of() : java.util.List.of("the PDF's fonts cannot draw "
                + String.join(" ", missing) + "; these characters are left out of the PDF");
    }

    private void render(ExportRequest request, dev.estimator.export.document.Document model, DocumentFonts fonts,
                        java.util.concurrent.CompletableFuture<byte[]> fileId, OutputStream out) throws IOException {
        DocumentInfo info = model.info();
        Document document = new Document(PageSize.A4, PageFrame.MARGIN_SIDE, PageFrame.MARGIN_SIDE,
                PageFrame.MARGIN_TOP, PageFrame.MARGIN_BOTTOM);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IOException("cannot start the PDF", e);
        }
        writer.setCloseStream(false);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        PageFrame frame = new PageFrame(fonts, theme.palette(), info.pageLabel(), info.title(), info.revisionLabel(),
                theme.footer(info.providerName()), info.internalBanner());
        writer.setPageEvent(frame);
        document.addTitle(info.title());
        document.addAuthor(info.author());
        document.addSubject(info.subject());
        document.addKeywords(info.keywords());
        document.addCreator(CREATOR);
        document.open();
        reproducible(writer, request);
        new PdfRenderer(new Typesetter(document, writer, fonts, theme.palette(), frame), theme).render(model);
        byte[] id = dev.estimator.core.concurrent.Futures.joined(fileId);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        document.close();
    }

    /**
     * The same estimate gives the same bytes, so exported files diff well and can be checked in:
     * the dates are the estimate's issue date (not the clock) and the file id is derived from
     * the estimate's content and audience (not from time and randomness, OpenPDF's default).
     */
    private static void reproducible(PdfWriter writer, ExportRequest request) {
        Header header = request.estimate().header();
        java.util.Calendar issued = java.util.GregorianCalendar.from(header.issueDate().atStartOfDay(java.time.ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(issued));
    }

    /**
     * The file id: the first 16 bytes of the SHA-256 of the estimate's JSON and the audience,
     * computed once per document. The JSON is hashed as it is written, never held whole.
     */
    private static byte[] fileId(ExportRequest request) {
        com.google.common.hash.Hasher hasher = com.google.common.hash.Hashing.sha256().newHasher();
        try (OutputStream json = com.google.common.hash.Funnels.asOutputStream(hasher)) {
            dev.estimator.core.format.EstimateFiles.writeJson(request.estimate(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("hashing in memory cannot fail", e);
        }
        hasher.putString(request.audience().toString(), java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(hasher.hash().asBytes(), 16);
    }
}
