package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import dev.estimator.export.document.Document;
import dev.estimator.export.document.Section;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays a {@link Document} out on PDF pages: numbered headings with bookmarks, paragraphs, bullet
 * lists, tables and the cost chart, keeping headings with what follows them and small tables on
 * one page. It decides only how things look; what is said comes from the document model.
 */
final class PdfRenderer {

    /** Room a table's first rows need so that its heading row is not left alone at the bottom of a page. */
    private static final float TABLE_START_ROOM = 110;
    /** A table longer than this is added in slices of this many rows. */
    private static final int SLICE_ROWS = 200;
    /** Room the acceptance block needs to stay on one page. */
    private static final float KEEP_TOGETHER_ROOM = 230;
    private static final float LOGO_WIDTH = 160;
    private static final float LOGO_HEIGHT = 60;

    private final Typesetter out;
    private final Theme theme;

    PdfRenderer(Typesetter out, Theme theme) {
        this.out = out;
        this.theme = theme;
    }

    void render(Document document) {
        for (Section section : document.sections()) {
            section(section);
        }
    }

    private void section(Section section) {
        switch (section.layout()) {
            case NEW_PAGE -> out.newPage();
            case KEEP_TOGETHER -> out.ensureRoom(KEEP_TOGETHER_ROOM);
            case FLOW, OWN_PAGE -> { }
        }
        if (section.numbered()) {
            out.heading(section.title(), headingRoom(section.blocks()));
        }
        // Each block read once, in order: a section's blocks may be made as they are read (the item cards).
        java.util.Iterator<Block> blocks = section.blocks().iterator();
        Block previous = null;
        Block current = blocks.hasNext() ? blocks.next() : null;
        while (current != null) {
            Block next = blocks.hasNext() ? blocks.next() : null;
            block(section, current, next, previous instanceof Block.Subheading);
            previous = current;
            current = next;
        }
        if (section.layout() == Section.Layout.OWN_PAGE) {
            out.newPage();
        }
    }

    /**
     * How much of what follows a section heading must fit below it: the first table after the
     * opening paragraphs (a card or a table kept together whole, else its first rows).
     */
    private float headingRoom(List<Block> blocks) {
        for (Block block : blocks.subList(0, Math.min(3, blocks.size()))) {
            switch (block) {
                case Block.Table table -> {
                    // Only the first rows of a long table: enough to exceed TABLE_START_ROOM, which caps the result.
                    float height = out.height(table(table.keepTogether() ? table : head(table)));
                    return table.keepTogether() ? height : Math.min(TABLE_START_ROOM, height);
                }
                case Block.Paragraph paragraph -> { }
                case Block.Subheading subheading -> { }
                default -> {
                    return 0;
                }
            }
        }
        return 0;
    }

    private void block(Section section, Block block, Block next, boolean afterSubheading) {
        switch (block) {
            case Block.Cover cover -> cover(section, cover);
            case Block.Letterhead letterhead -> out.add(LetterheadTable.of(out, letterhead));
            case Block.Subheading subheading -> {
                if (next instanceof Block.Table table) {
                    out.subheading(subheading.text(), table(head(table)));
                } else if (next instanceof Block.BarChart chart) {
                    out.subheading(subheading.text(), chartHeight(chart) + 40);
                } else if (next instanceof Block.CurveChart curve) {
                    out.subheading(subheading.text(), SCurveChart.height(curve) + 20);
                } else if (next instanceof Block.Timeline timeline) {
                    out.subheading(subheading.text(), TimelineChart.height(timeline) + 20);
                } else {
                    out.subheading(subheading.text());
                }
            }
            case Block.Paragraph paragraph -> {
                if (paragraph.label() != null) {
                    out.labelled(paragraph.label(), paragraph.text());
                } else {
                    out.paragraph(paragraph.text(), switch (paragraph.style()) {
                        case BODY -> TextStyle.BODY;
                        case STRONG -> TextStyle.BODY_BOLD;
                        case CAPTION -> TextStyle.CAPTION;
                    });
                }
            }
            case Block.Bullets bullets -> out.bullets(bullets.items());
            case Block.Table table -> {
                if (table.rows().size() > SLICE_ROWS && !table.keepTogether()) {
                    addInSlices(table, afterSubheading);
                    return;
                }
                Table pdf = table(table);
                if (!table.keepTogether() && !afterSubheading && table.hasHeader()) {
                    out.ensureRoom(Math.min(TABLE_START_ROOM, out.height(pdf)));
                }
                out.add(pdf);
            }
            case Block.BarChart chart -> chart(CostChart.render(out.writer(), out.fonts(), out.palette(), chart.bars(), out.width()));
            case Block.CurveChart curve -> chart(SCurveChart.render(out.writer(), out.fonts(), out.palette(), curve, out.width()));
            case Block.Timeline timeline -> chart(TimelineChart.render(out.writer(), out.fonts(), out.palette(), timeline, out.width()));
            case Block.Waterfall chart -> chart(WaterfallChart.render(out.writer(), out.fonts(), out.palette(), chart, out.width()));
        }
    }

    /** A chart drawn as a vector image, kept whole on its page. */
    private void chart(Image image) {
        image.setAlignment(Element.ALIGN_LEFT);
        out.ensureRoom(image.getScaledHeight() + 10);
        out.add(image);
    }

    private static float chartHeight(Block.BarChart chart) {
        return CostChart.height(chart.bars().size());
    }

    /**
     * Adds a long table (a breakdown of thousands of items) a slice of rows at a time, so that
     * its PDF cells are never held all at once: the slices share the widths and text size fitted
     * to the rows with the longest figures and words, and read as one table, with the header
     * repeated on every page it runs on to.
     */
    private void addInSlices(Block.Table table, boolean afterSubheading) {
        Table.Fitted fitted = table(TableSample.widest(table)).fitted();
        List<Block.Row> rows = table.rows();
        for (int from = 0; from < rows.size(); from += SLICE_ROWS) {
            List<Block.Row> slice = rows.subList(from, Math.min(rows.size(), from + SLICE_ROWS));
            Table pdf = table(new Block.Table(table.kind(), table.columns(), slice, false), true)
                    .continuing(fitted, from == 0);
            if (from + SLICE_ROWS < rows.size()) {
                pdf.followedByMore();
            }
            if (from == 0 && !afterSubheading && table.hasHeader()) {
                out.ensureRoom(Math.min(TABLE_START_ROOM, out.height(pdf)));
            }
            out.add(pdf);
        }
    }

    /** The table's first few rows: enough to keep a subheading with the start of its table. */
    private static Block.Table head(Block.Table table) {
        if (table.rows().size() <= SLICE_ROWS) {
            return table;
        }
        return new Block.Table(table.kind(), table.columns(), table.rows().subList(0, SLICE_ROWS), false);
    }

    /** A fresh PDF table for {@code table} (a PDF table can be placed only once); an item card's text is drawn. */
    private Table table(Block.Table table) {
        return table(table, table.kind() == Block.TableKind.CARD);
    }

    /**
     * A fresh PDF table for {@code table}, its plain cells {@code drawn} by {@link DrawnText}: the
     * tables a large estimate has thousands of rows in (the item cards, the long breakdown).
     */
    private Table table(Block.Table table, boolean drawn) {
        Table pdf = out.table(table.columns().stream()
                .map(c -> new Table.Column(c.title(), c.width(), c.numeric(), c.gap())).toArray(Table.Column[]::new));
        if (drawn) {
            pdf.drawingText();
        }
        for (Block.Row row : table.rows()) {
            pdf.cells(Table.Row.valueOf(row.kind().name()), row.cells());
        }
        return table.keepTogether() ? pdf.keepTogether() : pdf;
    }

    /** The cover's logo and title band; the band's kicker carries the cover's bookmark. */
    private void cover(Section section, Block.Cover cover) {
        logo();
        DocumentFonts fonts = out.fonts();
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(out.palette().primary());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(26);
        cell.setPaddingBottom(30);
        cell.setMinimumHeight(230);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        Color light = new Color(0xDD, 0xE6, 0xF0);
        cell.addElement(spaced(out.bookmarked(fonts.phrase(cover.kicker(),
                TextStyle.SMALL_BOLD, light), section.title()), 10));
        cell.addElement(spaced(fonts.phrase(cover.title(), TextStyle.COVER_TITLE, Color.WHITE), 12));
        cell.addElement(spaced(fonts.phrase(cover.preparedFor(), TextStyle.COVER_SUBTITLE, light), 0));
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.addCell(cell);
        band.setSpacingAfter(18);
        out.add(band);
    }

    private static Paragraph spaced(Phrase phrase, float after) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setLeading(phrase.getLeading());
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private void logo() {
        byte[] bytes = theme.logo();
        if (bytes == null) {
            return;
        }
        try {
            Image logo = Image.getInstance(bytes);
            logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            logo.setSpacingAfter(14);
            out.add(logo);
        } catch (BadElementException | IOException e) {
            // The theme checked the image when it was loaded.
            throw new IllegalStateException("the theme's logo cannot be placed", e);
        }
    }
}
