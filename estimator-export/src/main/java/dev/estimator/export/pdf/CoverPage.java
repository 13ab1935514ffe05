package dev.estimator.export.pdf;

import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Header;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Section 1: title, client, provider, revision, dates, estimate class, and the total. */
final class CoverPage implements DocumentSection {

    private static final float LOGO_WIDTH = 160;
    private static final float LOGO_HEIGHT = 60;

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        Header header = context.estimate().header();
        logo(context);
        out.add(band(context, header));

        Table details = out.table(Table.Column.text(null, 28), Table.Column.text(null, 72));
        details.row(texts.label("client"), clientLine(context, header));
        details.row(texts.label("provider"), join(header.provider().name(), header.provider().contact()));
        if (header.author() != null && !header.author().isBlank()) {
            details.row(texts.label("author"), header.author());
        }
        details.row(texts.label("revision"), String.valueOf(header.revision().number()));
        details.row(texts.label("issueDate"), context.dates().format(header.issueDate()));
        if (header.validUntil() != null) {
            details.row(texts.label("validUntil"), context.dates().format(header.validUntil()));
        }
        details.row(texts.label("estimateClass"), classLine(context, header));
        details.row(texts.label("currency"), header.currency().getCurrencyCode());
        if (header.purpose() != null && !header.purpose().isBlank()) {
            details.row(texts.text("cover.purpose"), header.purpose());
        }
        details.labelRow(Table.Row.TOTAL, texts.label("grandTotal"), context.amount(context.totals().grandTotal()));
        out.add(details);
        out.paragraph(texts.text("cover.note"), TextStyle.CAPTION);
        out.newPage();
    }

    private static PdfPTable band(PdfContext context, Header header) {
        Typesetter out = context.out();
        DocumentFonts fonts = out.fonts();
        Theme.Palette palette = out.palette();
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(palette.primary());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(26);
        cell.setPaddingBottom(30);
        cell.setMinimumHeight(230);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        Color light = new Color(0xDD, 0xE6, 0xF0);
        cell.addElement(spaced(out.bookmarked(fonts.phrase(context.texts().text("cover.kicker").toUpperCase(
                context.texts().locale()), TextStyle.SMALL_BOLD, light), context.texts().text("section.cover")), 10));
        cell.addElement(spaced(fonts.phrase(header.title(), TextStyle.COVER_TITLE, Color.WHITE), 12));
        cell.addElement(spaced(fonts.phrase(context.texts().text("cover.preparedFor", header.client().name()),
                TextStyle.COVER_SUBTITLE, light), 0));
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.addCell(cell);
        band.setSpacingAfter(18);
        return band;
    }

    private static Paragraph spaced(Phrase phrase, float after) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setLeading(phrase.getLeading());
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static void logo(PdfContext context) {
        byte[] bytes = context.theme().logo();
        if (bytes == null) {
            return;
        }
        try {
            Image logo = Image.getInstance(bytes);
            logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            logo.setSpacingAfter(14);
            context.out().add(logo);
        } catch (BadElementException | IOException e) {
            // The theme checked the image when it was loaded.
            throw new IllegalStateException("the theme's logo cannot be placed", e);
        }
    }

    private static String clientLine(PdfContext context, Header header) {
        String kind = header.client().kind() == null ? null : context.texts().name(header.client().kind());
        return join(join(header.client().name(), header.client().contact()), kind);
    }

    private static String classLine(PdfContext context, Header header) {
        AccuracyRange accuracy = header.effectiveAccuracy();
        int estimateClass = header.estimateClass();
        return context.texts().text("cover.class", estimateClass, context.texts().text("class." + estimateClass),
                rangeText(context, accuracy));
    }

    /** An accuracy range as {@code −20 % to +30 %}. */
    static String rangeText(PdfContext context, AccuracyRange accuracy) {
        return context.texts().text("format.range", signedPercent(context, accuracy.low()),
                signedPercent(context, accuracy.high()));
    }

    private static String signedPercent(PdfContext context, BigDecimal value) {
        String sign = value.signum() < 0 ? "\u2212" : "+";
        return sign + context.percent(value.abs());
    }

    private static String join(String first, String second) {
        if (second == null || second.isBlank()) {
            return first;
        }
        return first + " \u2014 " + second;
    }
}
