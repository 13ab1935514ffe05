package dev.estimator.export.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries around the text: the header (title and revision), the footer (the
 * theme's footer text and "page X of Y"), the INTERNAL banner on the provider's copy, and the
 * bookmarks, placed where each heading actually lands.
 *
 * <p>The total page count is not known while pages are written, so each page's number is drawn
 * into a small form of its own, filled in when the document closes: the document is laid out
 * once. The header and footer sit in the margins, so they never change the layout.
 */
final class PageFrame extends PdfPageEventHelper {

    static final float MARGIN_SIDE = 56;
    static final float MARGIN_TOP = 78;
    static final float MARGIN_BOTTOM = 66;
    private static final String BOOKMARK = "bookmark:";

    private final DocumentFonts fonts;
    private final Theme.Palette palette;
    /** Space kept between a header or footer text and the text at the other end of the line. */
    private static final float GAP = 18;

    private final String title;
    private final String revision;
    private final String footer;
    private final String banner;
    private final String pageLabel;
    /** Each finished page's number, drawn when the page count is known. */
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private final List<String> bookmarks = new ArrayList<>();
    private final Set<Integer> placed = new HashSet<>();

    /**
     * @param pageLabel  the pattern of a page number: {0} the page, {1} the page count
     * @param banner     the INTERNAL banner text, or {@code null} for the client's copy
     */
    PageFrame(DocumentFonts fonts, Theme.Palette palette, String pageLabel, String title, String revision, String footer,
              String banner) {
        this.fonts = fonts;
        this.palette = palette;
        this.pageLabel = pageLabel;
        this.title = title;
        this.revision = revision;
        this.footer = footer;
        this.banner = banner;
    }

    /** Registers a bookmark; returns the generic tag to put on the heading's chunks. */
    String bookmark(String text) {
        bookmarks.add(text);
        return BOOKMARK + (bookmarks.size() - 1);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (!tag.startsWith(BOOKMARK)) {
            return;
        }
        int index = Integer.parseInt(tag.substring(BOOKMARK.length()));
        // A heading that wraps reports each line; the bookmark goes to the first.
        if (placed.add(index)) {
            new PdfOutline(writer.getRootOutline(),
                    new PdfDestination(PdfDestination.FITH, rect.getTop() + fonts.bodySize() * 2), bookmarks.get(index));
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        int number = writer.getPageNumber();
        if (banner != null) {
            drawBanner(canvas, page);
        }
        if (number > 1) {
            float y = page.getTop() - 48;
            Phrase revisionText = fitted(revision, Float.MAX_VALUE);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    fitted(title, right - left - ColumnText.getWidth(revisionText) - GAP), left, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, revisionText, right, y, 0);
            rule(canvas, left, right, y - 6);
        }
        float footerY = MARGIN_BOTTOM - 34;
        rule(canvas, left, right, footerY + 12);
        // The count is not known yet: the footer text leaves room for this page's number written
        // as the count (GAP absorbs a count with a digit or two more), and the number is drawn later.
        float reserved = ColumnText.getWidth(pagePhrase(number, number));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                fitted(footer, right - left - reserved - GAP), left, footerY, 0);
        float slot = Math.max(reserved * 2, 120);
        float descent = fonts.bodySize();
        PdfTemplate pageNumber = canvas.createTemplate(slot, descent * 3);
        canvas.addTemplate(pageNumber, right - slot, footerY - descent);
        pageNumbers.add(pageNumber);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int count = pageNumbers.size();
        for (int i = 0; i < count; i++) {
            PdfTemplate pageNumber = pageNumbers.get(i);
            ColumnText.showTextAligned(pageNumber, Element.ALIGN_RIGHT, pagePhrase(i + 1, count),
                    pageNumber.getWidth(), fonts.bodySize(), 0);
        }
    }

    private Phrase pagePhrase(int number, int count) {
        String text = pageLabel.replace("{0}", String.valueOf(number)).replace("{1}", String.valueOf(count));
        return fonts.phrase(text, TextStyle.CAPTION, palette.muted());
    }

    /**
     * The captions {@link #fitted} made, by text and width: every page repeats the same few (a
     * document of 100,000 items has 27,000 pages), and a phrase is only read when it is drawn.
     */
    private final java.util.Map<String, Phrase> fittedCaptions = new java.util.HashMap<>();

    /** {@code text} as a caption no wider than {@code width}: cut with an ellipsis when it would run over. */
    private Phrase fitted(String text, float width) {
        return fittedCaptions.computeIfAbsent(text + "\u0000" + width, key -> fit(text, width));
    }

    private Phrase fit(String text, float width) {
        Phrase phrase = fonts.phrase(text, TextStyle.CAPTION, palette.muted());
        if (text == null || ColumnText.getWidth(phrase) <= width) {
            return phrase;
        }
        int[] codePoints = text.codePoints().toArray();
        int low = 0;
        int high = codePoints.length;
        while (low < high) {   // the longest prefix that fits with its ellipsis
            int mid = (low + high + 1) / 2;
            String candidate = new String(codePoints, 0, mid).stripTrailing() + "\u2026";
            if (ColumnText.getWidth(fonts.phrase(candidate, TextStyle.CAPTION, palette.muted())) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return fonts.phrase(new String(codePoints, 0, low).stripTrailing() + "\u2026", TextStyle.CAPTION, palette.muted());
    }

    private void drawBanner(PdfContentByte canvas, Rectangle page) {
        float height = 20;
        canvas.saveState();
        canvas.setColorFill(palette.internal());
        canvas.rectangle(0, page.getTop() - height, page.getWidth(), height);
        canvas.fill();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                fonts.phrase(banner, TextStyle.BANNER, java.awt.Color.WHITE), page.getWidth() / 2,
                page.getTop() - height + 6, 0);
    }

    private void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(palette.stripe().darker());
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
