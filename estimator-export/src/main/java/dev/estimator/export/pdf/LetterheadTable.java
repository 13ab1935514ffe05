package dev.estimator.export.pdf;

import dev.estimator.export.document.Block;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The cover's letterhead: the addressee on the left, the sender's block on the right with, where
 * the language's documents carry one, a square box for the company seal (社印) beside it, as a
 * Japanese 御見積書 places them.
 */
final class LetterheadTable {

    /** The seal box's side, in points: room for a 21 mm 角印. */
    private static final float SEAL = 60;

    private LetterheadTable() {
    }

    static PdfPTable of(Typesetter out, Block.Letterhead letterhead) {
        PdfPTable table = new PdfPTable(new float[] {46, 54});
        table.setWidthPercentage(100);
        table.setSpacingAfter(14);
        table.addCell(lines(out, letterhead.addressee(), TextStyle.SUBHEADING, TextStyle.BODY));
        if (letterhead.seal() == null) {
            table.addCell(lines(out, letterhead.sender(), TextStyle.BODY_BOLD, TextStyle.SMALL));
        } else {
            PdfPTable sender = new PdfPTable(2);
            sender.setTotalWidth(new float[] {1, 0});
            sender.setWidthPercentage(100);
            sender.setWidths(new float[] {70, 30});
            sender.addCell(lines(out, letterhead.sender(), TextStyle.BODY_BOLD, TextStyle.SMALL));
            sender.addCell(seal(out, letterhead.seal()));
            PdfPCell holder = new PdfPCell(sender);
            holder.setBorder(Rectangle.NO_BORDER);
            holder.setPadding(0);
            table.addCell(holder);
        }
        return table;
    }

    private static PdfPCell lines(Typesetter out, List<String> lines, TextStyle first, TextStyle rest) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        for (int i = 0; i < lines.size(); i++) {
            Paragraph line = new Paragraph(out.fonts().phrase(lines.get(i), i == 0 ? first : rest));
            line.setSpacingAfter(i == 0 ? 4 : 1);
            cell.addElement(line);
        }
        return cell;
    }

    private static PdfPCell seal(Typesetter out, String caption) {
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(SEAL);
        box.setLockedWidth(true);
        PdfPCell square = new PdfPCell(out.fonts().phrase(caption, TextStyle.CAPTION, out.muted()));
        square.setFixedHeight(SEAL);
        square.setHorizontalAlignment(Element.ALIGN_CENTER);
        square.setVerticalAlignment(Element.ALIGN_MIDDLE);
        square.setBorderColor(out.muted());
        square.setBorderWidth(0.6f);
        box.addCell(square);
        PdfPCell cell = new PdfPCell(box);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(2);
        return cell;
    }
}
