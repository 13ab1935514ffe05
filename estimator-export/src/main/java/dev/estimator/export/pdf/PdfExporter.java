package dev.estimator.export.pdf;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Header;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import dev.estimator.export.format.DateFormat;
import dev.estimator.export.format.MoneyFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
 * <p>Every figure printed is the calculator's, formatted by {@link MoneyFormat}; every fixed text
 * comes from this package's {@code messages} bundles in the estimate's language; fonts are
 * embedded. A client request carries nothing internal (see {@link ExportRequest}), so nothing
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
        Preconditions.checkNotNull(request, "request");
        Preconditions.checkNotNull(out, "out");
        Header header = request.estimate().header();
        DocumentFonts fonts = DocumentFonts.of(theme, header.language());
        PdfTexts texts = PdfTexts.forLanguage(header.language());
        byte[] fileId = fileId(request);
        // "Page X of Y" needs Y: lay the document out once to count its pages, then for real.
        int pages = render(request, fonts, texts, fileId, 0, OutputStream.nullOutputStream());
        // Straight to out: a large document is never held in memory whole.
        OutputStream stable = SubsetPrefixes.stabilising(out);
        render(request, fonts, texts, fileId, pages, stable);
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
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        collectTexts(dev.estimator.core.format.EstimateFiles.tree(request.estimate()), text -> missing.addAll(fonts.missing(text)));
        return missing;
    }

    private static void collectTexts(com.fasterxml.jackson.databind.JsonNode node, java.util.function.Consumer<String> sink) {
        if (node.isTextual()) {
            sink.accept(node.asText());
        }
        node.forEach(child -> collectTexts(child, sink));
    }

    private int render(ExportRequest request, DocumentFonts fonts, PdfTexts texts, byte[] fileId, int totalPages,
                       OutputStream out) throws IOException {
        Header header = request.estimate().header();
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
        PageFrame frame = new PageFrame(fonts, theme.palette(), texts, header.title(),
                texts.label("revision") + " " + header.revision().number(), theme.footer(header.provider().name()),
                request.isInternal() ? texts.label("internalOnly") : null, totalPages);
        writer.setPageEvent(frame);
        metadata(document, request, texts);
        document.open();
        reproducible(writer, request, fileId);
        Typesetter typesetter = new Typesetter(document, writer, fonts, theme.palette(), frame);
        PdfContext context = new PdfContext(request, typesetter, texts,
                MoneyFormat.of(header.currency(), header.effectiveLocale()), DateFormat.of(header.effectiveLocale()), theme);
        for (DocumentSection section : sections()) {
            if (section.appliesTo(context)) {
                section.write(context);
            }
        }
        document.close();
        return frame.pages();
    }

    /**
     * The same estimate gives the same bytes, so exported files diff well and can be checked in:
     * the dates are the estimate's issue date (not the clock) and the file id is derived from
     * the estimate's content and audience (not from time and randomness, OpenPDF's default).
     */
    private static void reproducible(PdfWriter writer, ExportRequest request, byte[] fileId) {
        Header header = request.estimate().header();
        java.util.Calendar issued = java.util.GregorianCalendar.from(header.issueDate().atStartOfDay(java.time.ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(issued));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
    }

    /**
     * The file id: the first 16 bytes of the SHA-256 of the estimate's JSON (as
     * {@code EstimateFiles.toJson} writes it) and the audience. The JSON is streamed into the
     * hash, never held as text: for a large estimate that text and its bytes were the PDF's
     * largest allocation.
     */
    private static byte[] fileId(ExportRequest request) throws IOException {
        com.google.common.hash.Hasher hasher = com.google.common.hash.Hashing.sha256().newHasher();
        try (OutputStream json = com.google.common.hash.Funnels.asOutputStream(hasher)) {
            JSON.writeValue(json, dev.estimator.core.format.EstimateFiles.tree(request.estimate()));
            json.write((System.lineSeparator() + request.audience()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.Arrays.copyOf(hasher.hash().asBytes(), 16);
    }

    /** Configured as {@code EstimateFiles}' JSON writer, so the id stays what it was; leaves the hash stream open. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The sections in the order the issue lists them; the provider's figures come last. */
    private static List<DocumentSection> sections() {
        return List.of(new CoverPage(), new ExecutiveSummary(), new BreakdownSection(), new ItemDetailsSection(),
                new AssumptionsSection(), new RisksSection(), new AlternativesSection(), new PriceSection(),
                new ChangesSection(), new AcceptanceSection(), new InternalFiguresSection());
    }

    /** Title, author, subject and keywords: nothing internal, even in the internal variant. */
    private static void metadata(Document document, ExportRequest request, PdfTexts texts) {
        Header header = request.estimate().header();
        document.addTitle(header.title());
        document.addAuthor(header.author() == null || header.author().isBlank()
                ? header.provider().name() : header.author() + ", " + header.provider().name());
        document.addSubject(texts.text(request.isInternal() ? "meta.subjectInternal" : "meta.subject",
                header.client().name()));
        document.addKeywords(texts.text("meta.keywords", header.client().name(), header.provider().name(),
                header.revision().number()));
        document.addCreator(CREATOR);
    }
}
