package dev.estimator.bench;

import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.pdf.PdfExporter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Our PDF against plain OpenPDF writing the same text and tables: a title, the breakdown table
 * (one row per item: id, title, quantity, rate, amount) and each item's justification, in the
 * same embedded fonts, laid out once. Our exporter adds the cover, summary, chart, the other
 * sections, page frames with "page X of Y" (a small form per page, filled in at the end), each
 * item's justification as a card (a two-column table of 8 to 12 rows, where the plain version sets
 * three paragraphs; the cards' and the long breakdown's text is broken into lines and drawn by our
 * own code, once, see the PDF package's DrawnText) and reproducible font tags.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfWriters {

    @Param({"1000"})
    public int items;

    private ExportRequest request;
    private List<String[]> rows;
    private BaseFont regular;
    private BaseFont bold;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        request = BenchEstimates.request(items);
        BigDecimal rate = new BigDecimal("640");
        rows = new ArrayList<>();
        for (LineItem item : request.estimate().breakdown().getFirst().items()) {
            BigDecimal quantity = switch (item.quantity()) {
                case Quantity.Fixed fixed -> fixed.value();
                case Quantity.ThreePoint range -> range.optimistic().add(range.mostLikely().multiply(BigDecimal.valueOf(4)))
                        .add(range.pessimistic()).divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_UP);
            };
            rows.add(new String[] {item.id(), item.title(), quantity + " days", "EUR " + rate + ".00",
                    "EUR " + quantity.multiply(rate).setScale(2, RoundingMode.HALF_UP), item.justification().reasoning(),
                    item.justification().source()});
        }
        regular = font("/liberation/LiberationSans-Regular.ttf");
        bold = font("/liberation/LiberationSans-Bold.ttf");
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = PdfWriters.class.getResourceAsStream(resource)) {
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        }
    }

    @Benchmark
    public long estimatorPdf() throws IOException {
        WorkbookWriters.CountingStream out = new WorkbookWriters.CountingStream();
        new PdfExporter().write(request, out);
        return out.count();
    }

    @Benchmark
    public long plainOpenPdfSameText() {
        WorkbookWriters.CountingStream out = new WorkbookWriters.CountingStream();
        Font body = new Font(regular, 9.5f);
        Font heading = new Font(bold, 9.5f);
        Document document = new Document(PageSize.A4, 56, 56, 64, 64);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(request.estimate().header().title(), new Font(bold, 20)));
        PdfPTable table = new PdfPTable(new float[] {1, 5, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Item", "Title", "Quantity", "Rate", "Amount"}) {
            table.addCell(new Phrase(header, heading));
        }
        for (String[] row : rows) {
            for (int column = 0; column < 5; column++) {
                table.addCell(new Phrase(row[column], body));
            }
        }
        document.add(table);
        for (String[] row : rows) {
            document.add(new Paragraph(row[0] + " " + row[1], heading));
            document.add(new Paragraph(row[5], body));
            document.add(new Paragraph(row[6], body));
        }
        document.close();
        return out.count();
    }
}
