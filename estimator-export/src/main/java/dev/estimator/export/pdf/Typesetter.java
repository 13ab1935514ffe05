package dev.estimator.export.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Puts blocks of text on the pages: headings (bookmarked, never stranded at a page bottom),
 * paragraphs, bullet lists and {@link Table tables}, in the theme's fonts and colours.
 */
final class Typesetter {

    /** Room a heading needs below it, so that it is never the last thing on a page. */
    private static final float HEADING_ROOM = 150;
    private static final float SUBHEADING_ROOM = 90;

    private final Document document;
    private final PdfWriter writer;
    private final DocumentFonts fonts;
    private final Theme.Palette palette;
    private final PageFrame frame;
    private int sectionNumber;

    Typesetter(Document document, PdfWriter writer, DocumentFonts fonts, Theme.Palette palette, PageFrame frame) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.palette = palette;
        this.frame = frame;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    Theme.Palette palette() {
        return palette;
    }

    PdfWriter writer() {
        return writer;
    }

    Document document() {
        return document;
    }

    /** Width of the text column, in points. */
    float width() {
        return document.right() - document.left();
    }

    /** A numbered section heading with its bookmark. */
    void heading(String title) {
        heading(title, 0);
    }

    /** A numbered section heading kept on one page with the intro and the table that follow it. */
    void heading(String title, Table next) {
        heading(title, height(next));
    }

    /** A numbered section heading kept on one page with {@code followingRoom} points of what follows. */
    void heading(String title, float followingRoom) {
        ensureRoom(Math.min(HEADING_ROOM + followingRoom, (document.top() - document.bottom()) * 0.7f));
        sectionNumber++;
        Paragraph heading = new Paragraph(tagged(fonts.phrase(sectionNumber + "  " + title, TextStyle.HEADING,
                palette.primary()), frame.bookmark(sectionNumber + ". " + title)));
        heading.setSpacingBefore(atTop() ? 0 : 14);
        heading.setSpacingAfter(8);
        add(heading);
    }

    /** A bookmark for an element that is not a numbered heading (the cover). */
    Phrase bookmarked(Phrase phrase, String bookmark) {
        return tagged(phrase, frame.bookmark(bookmark));
    }

    void subheading(String title) {
        subheading(title, SUBHEADING_ROOM);
    }

    /** A subheading kept on the same page as {@code next}, the table that follows it (when that fits a page). */
    void subheading(String title, Table next) {
        subheading(title, Math.min(height(next) + 40, (document.top() - document.bottom()) * 0.7f));
    }

    /** The height {@code table} will take at the full text width. */
    float height(Table table) {
        table.element().setTotalWidth(width());
        table.element().setLockedWidth(true);
        return table.element().getTotalHeight();
    }

    /** A subheading kept on the same page as the {@code room} points of what follows it. */
    void subheading(String title, float room) {
        ensureRoom(room);
        Paragraph heading = new Paragraph(fonts.phrase(title, TextStyle.SUBHEADING, palette.primary()));
        heading.setSpacingBefore(atTop() ? 0 : 8);
        heading.setSpacingAfter(4);
        add(heading);
    }

    void paragraph(String text) {
        paragraph(text, TextStyle.BODY);
    }

    void paragraph(String text, TextStyle style) {
        paragraph(fonts.phrase(balanced(text, style, 0), style));
    }

    /**
     * {@code text}, in a Japanese document, with a break pulled a few characters earlier when its
     * last line would otherwise hold only one or two characters ({@link ShortLastLines}).
     */
    private String balanced(String text, TextStyle style, float indent) {
        if (!fonts.japaneseFirst() || text == null) {
            return text;
        }
        return ShortLastLines.balance(text, candidate -> lines(fonts.phrase(candidate, style), indent));
    }

    /** How many lines {@code phrase} takes as a paragraph of the text column, {@code indent} points in. */
    private int lines(Phrase phrase, float indent) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width() - indent, 100_000);
        Paragraph paragraph = new Paragraph(phrase);
        column.addElement(paragraph);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot measure a paragraph", e);
        }
        return column.getLinesWritten();
    }

    void paragraph(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setSpacingAfter(5);
        add(paragraph);
    }

    /** {@code text} balanced as the end of a paragraph that starts with {@code lead}. */
    private String balancedAfter(String lead, String text) {
        String whole = balanced(lead + text, TextStyle.BODY, 0);
        return whole.startsWith(lead) ? whole.substring(lead.length()) : text;
    }

    /** A bold label followed by text, in one paragraph. */
    void labelled(String label, String text) {
        Phrase phrase = fonts.phrase(label + ": ", TextStyle.BODY_BOLD);
        phrase.add(fonts.phrase(balancedAfter(label + ": ", text), TextStyle.BODY));
        paragraph(phrase);
    }

    void bullets(List<String> items) {
        for (String item : items) {
            Paragraph paragraph = new Paragraph(fonts.phrase(balanced("\u2022  " + item, TextStyle.BODY, 5), TextStyle.BODY));
            paragraph.setIndentationLeft(14);
            paragraph.setFirstLineIndent(-9);
            paragraph.setSpacingAfter(2);
            add(paragraph);
        }
        spacer(4);
    }

    Table table(Table.Column... columns) {
        return new Table(fonts, palette, columns);
    }

    void add(Table table) {
        add(table.element());
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add " + element.getClass().getSimpleName() + " to the PDF", e);
        }
    }

    void spacer(float points) {
        // Set in a theme font: a standard (unembedded) font must never enter the document.
        Paragraph spacer = new Paragraph(fonts.phrase(" ", TextStyle.CAPTION));
        spacer.setLeading(points);
        add(spacer);
    }

    void newPage() {
        document.newPage();
    }

    Color muted() {
        return palette.muted();
    }

    /** Starts a new page unless at least {@code points} of the page are still free. */
    void ensureRoom(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    private boolean atTop() {
        return document.top() - writer.getVerticalPosition(false) < 2;
    }

    private static Phrase tagged(Phrase phrase, String tag) {
        for (Element element : phrase) {
            if (element instanceof Chunk chunk) {
                chunk.setGenericTag(tag);
            }
        }
        return phrase;
    }
}
