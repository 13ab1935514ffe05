package dev.estimator.export.xlsx;

import com.google.common.base.Preconditions;
import dev.estimator.core.concurrent.Futures;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.Exporter;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.format.MoneyFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the cost-explanation workbook (xlsx): a live model in which every derived figure is a
 * formula that computes exactly what {@code EstimateCalculator} computes, rounding included.
 *
 * <p>Sheets: Summary, Breakdown, Assumptions, Exclusions, Risks and contingency, Alternatives,
 * Payment schedule, Rates, for the internal audience only, Internal, and, when anything recurs, the
 * recurring charges and total cost of ownership. Rates and key
 * percentages are named input cells. Rows are streamed ({@link SXSSFWorkbook}), so memory stays
 * bounded however many items the estimate has; each formula is stored with the calculator's
 * figure as its cached result, so viewers that never recalculate show the right numbers.
 */
public final class WorkbookExporter implements Exporter {

    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /** The deflate level of the package's parts (see docs/workbook.md, "Benchmark"). */
    private static final int DEFLATE_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    public WorkbookExporter() {
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        Preconditions.checkNotNull(request, "request");
        Preconditions.checkNotNull(out, "out");
        Header header = request.estimate().header();
        WorkbookText text = WorkbookText.forLanguage(header.language());
        MoneyFormat money = MoneyFormat.of(header.currency(), header.effectiveLocale());
        Phrasing phrasing = Phrasing.of(request.estimate());
        dev.estimator.export.ExportTempFiles.folder();   // points POI's scratch files at our folder first
        LocalDate issued = header.issueDate() == null ? LocalDate.of(2000, 1, 1) : header.issueDate();
        try (SXSSFWorkbook workbook = new ReproducibleWorkbook(WINDOW, issued.atStartOfDay(), DEFLATE_LEVEL)) {
            WorkbookStyles styles = new WorkbookStyles(workbook, fontFor(header.language()),
                    money.spreadsheetPattern(), WorkbookStyles.percentPattern(phrasing, "General"),
                    WorkbookStyles.percentPattern(phrasing, "0.00"), text.raw("format.date"));
            QuotedStyles quoted = new QuotedStyles(workbook);
            WorkbookContext.Sheets sheets = new WorkbookContext.Sheets(
                    sheet(workbook, quoted, text, "sheet.summary"),
                    sheet(workbook, quoted, text, "sheet.breakdown"),
                    sheet(workbook, quoted, text, "sheet.assumptions"),
                    sheet(workbook, quoted, text, "sheet.exclusions"),
                    sheet(workbook, quoted, text, "sheet.risks"),
                    sheet(workbook, quoted, text, "sheet.alternatives"),
                    sheet(workbook, quoted, text, "sheet.payment"),
                    sheet(workbook, quoted, text, "sheet.rates"),
                    request.isInternal() ? sheet(workbook, quoted, text, "sheet.internal") : null);
            WorkbookContext context = new WorkbookContext(request, text, styles, new DefinedNames(workbook),
                    new BreakdownLayout(request.estimate(), request.isInternal()), money, phrasing, sheets);

            // The alternatives' derivation is worked out while the sheets before it are written.
            java.util.concurrent.CompletableFuture<AlternativesSheet.Plan> plan =
                    Futures.onOwnThread("estimator-workbook-plan", () -> AlternativesSheet.Plan.of(context));
            SummarySheet.write(context);
            BreakdownSheet.write(context);
            AssumptionsSheet.write(context);
            ExclusionsSheet.write(context);
            RisksSheet.write(context);
            AlternativesSheet.AlternativeCells alternativeCells = AlternativesSheet.write(context, Futures.joined(plan));
            PaymentSheet.write(context);
            RatesSheet.write(context);
            if (request.isInternal()) {
                InternalSheet.write(context);
            }
            if (request.totals().recurring().hasRecurring()) {
                RecurringSheet.write(context, sheet(workbook, quoted, text, "sheet.recurring"));
            }
            if (request.bridge().isPresent()) {
                ChangesSheet.write(context, sheet(workbook, quoted, text, "sheet.changes"));
            }
            if (request.budget().isPresent()) {
                BudgetSheet.write(context, sheet(workbook, quoted, text, "sheet.budget"), alternativeCells);
            }
            properties(workbook, request.estimate());
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** Initialises POI and the OOXML schema types (the bulk of a first workbook's time) with a one-cell workbook. */
    @Override
    public void prepare() {
        try (SXSSFWorkbook workbook = ReproducibleWorkbook.scratch(WINDOW)) {
            workbook.createSheet("prepare").createRow(0).createCell(0).setCellFormula("1+1");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle("prepare");
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real write meets and reports any real problem.
        }
    }

    private static SheetWriter sheet(SXSSFWorkbook workbook, QuotedStyles quoted, WorkbookText text, String key) {
        SXSSFSheet sheet = workbook.createSheet(text.text(key));
        sheet.setDisplayGridlines(false);
        return new SheetWriter(sheet, quoted);
    }

    /** Title, author and revision, and the issue date as the creation date so output is repeatable. */
    private static void properties(SXSSFWorkbook workbook, Estimate estimate) {
        Header header = estimate.header();
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(xmlText(header.title()));
        core.setCreator(xmlText(Optional.ofNullable(header.author()).orElse(header.provider().name())));
        core.setRevision(String.valueOf(header.revision().number()));
        core.setSubjectProperty(xmlText(header.client().name()));
        if (header.issueDate() != null) {
            core.setCreated(Optional.of(Date.from(header.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
            core.setModified(Optional.of(Date.from(header.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        properties.getExtendedProperties().setCompany(xmlText(header.provider().name()));
    }

    /**
     * {@code text} without the characters XML 1.0 cannot hold (NUL and other controls, lone
     * surrogates): in a document property they made saving the workbook fail. Files with them are
     * refused when read; this guards estimates built in code.
     */
    static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The font a reader of the language expects; CJK text needs a font that has its glyphs. */
    private static String fontFor(String language) {
        return "ja".equals(language) ? "Yu Gothic" : "Calibri";
    }
}
