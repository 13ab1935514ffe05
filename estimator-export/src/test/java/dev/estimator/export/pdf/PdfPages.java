package dev.estimator.export.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** A PDF read back page by page with PDFBox: each page's whole text, and the lines of its text area only. */
final class PdfPages {

    /** Each page's text, header and footer included. */
    final List<String> pages = new ArrayList<>();
    /** Each page's lines between the header and the footer (the text column), in order. */
    final List<List<String>> bodyLines = new ArrayList<>();

    private PdfPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(document));
            PDPage page = document.getPage(i - 1);
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            // The page header's text sits 48 pt below the top, the footer's 32 pt above the bottom.
            area.addRegion("body", new Rectangle2D.Float(0, 60, page.getMediaBox().getWidth(),
                    height - 60 - (PageFrame.MARGIN_BOTTOM - 12)));
            area.extractRegions(page);
            bodyLines.add(area.getTextForRegion("body").lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
    }

    static PdfPages of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfPages(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every body line of every page, in order. */
    List<String> allBodyLines() {
        return bodyLines.stream().flatMap(List::stream).toList();
    }
}
