package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

/**
 * A table whose text {@link DrawnText} draws looks as OpenPDF lays it out: every row the same
 * height, every line broken at the same word, figures right-aligned, and a cell with a word too
 * wide for its column still laid out by OpenPDF (which breaks the word) rather than overflowing.
 */
class PdfDrawnTextTest {

    private static final String[] WORDS = {"the", "estimate", "workshops", "€2,835.60", "4.17", "days", "×", "=",
        "NW-118", "prioritised", "backlog", "a", "of", "customer-service", "(+7.2%)", "Ørsted", "naïve", "café"};

    private static final float WIDTH = PageSize.A4.getWidth() - 2 * PageFrame.MARGIN_SIDE;

    private final DocumentFonts fonts = DocumentFonts.of(Theme.defaultTheme(), "en");

    /** Rows of a card-like table: a title row across, then label and text pairs of one to several lines. */
    private static List<String[]> rows(long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(r % 3 == 0 ? 60 : 12);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : random.nextInt(15) == 0 ? "\n" : random.nextInt(20) == 0 ? "  " : " ");
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
            rows.add(new String[] {WORDS[random.nextInt(WORDS.length)], text.toString()});
        }
        return rows;
    }

    private Table table(List<String[]> rows, boolean drawn) {
        Table table = new Table(fonts, Theme.defaultTheme().palette(), Table.Column.text(null, 24),
                Table.Column.text(null, 76), Table.Column.number(null, 20));
        if (drawn) {
            table.drawingText();
        }
        table.wideRow(Table.Row.GROUP, "D1  Discovery workshops");
        for (String[] row : rows) {
            table.row(Table.Row.BODY, row[0], row[1], "€" + row[0].length() + ",000.00\n4.17");
        }
        table.labelRow(Table.Row.TOTAL, "Total", "€12,800.10");
        return table;
    }

    @Test
    void drawnRowsHaveTheHeightsOpenPdfGivesThem() {
        for (long seed = 1; seed <= 5; seed++) {
            List<String[]> rows = rows(seed);
            PdfPTable laidOut = table(rows, false).element();
            PdfPTable drawn = table(rows, true).element();
            laidOut.setTotalWidth(WIDTH);
            drawn.setTotalWidth(WIDTH);
            assertEquals(laidOut.size(), drawn.size());
            for (int i = 0; i < laidOut.size(); i++) {
                assertEquals(laidOut.getRowHeight(i), drawn.getRowHeight(i), 0.01, "seed " + seed + ", row " + i);
            }
        }
    }

    @Test
    void drawnTextReadsBackLineForLineAsOpenPdfsDoes() throws Exception {
        List<String[]> rows = rows(7);
        String laidOut = text(pdf(table(rows, false)));
        String drawn = text(pdf(table(rows, true)));
        assertEquals(laidOut, drawn);
        assertNotEquals(-1, drawn.indexOf("D1 Discovery workshops"), drawn);
    }

    @Test
    void aWordWiderThanItsCellIsNotDrawn() {
        float size = fonts.size(TextStyle.SMALL);
        assertNull(DrawnText.lines("a " + "W".repeat(80), fonts.latin(TextStyle.SMALL), size, 100));
        assertEquals(List.of("one two", "three"), DrawnText.lines("one two three", fonts.latin(TextStyle.SMALL), size,
                fonts.width("one two", TextStyle.SMALL) + 1));
        assertEquals(List.of("one", "", "two"), DrawnText.lines("one\n\ntwo", fonts.latin(TextStyle.SMALL), size, 100));
    }

    private byte[] pdf(Table table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, PageFrame.MARGIN_SIDE, PageFrame.MARGIN_SIDE,
                PageFrame.MARGIN_TOP, PageFrame.MARGIN_BOTTOM);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(table.element());
        document.close();
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll(" +", " ");
        }
    }
}
