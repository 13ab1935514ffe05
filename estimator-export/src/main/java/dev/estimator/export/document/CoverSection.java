package dev.estimator.export.document;

import dev.estimator.core.model.Header;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import dev.estimator.export.document.Block.TableKind;

/**
 * Section 1: the document's title band, who it is addressed to and who sends it (a letterhead,
 * with the seal box of a Japanese 御見積書), then revision, dates, estimate class and the total.
 * What the band says is the language's convention: "Preventivo n. … del …" in Italian, 御見積書
 * in large type in Japanese. The client's kind is never printed.
 */
final class CoverSection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Header header = context.estimate().header();
        SectionBuilder section = SectionBuilder.unnumbered("cover", p.text("section.cover"))
                .layout(Section.Layout.OWN_PAGE);
        String reference = PartyLines.reference(header);
        // An internal client is charged across departments: its document says so, in place of "quote".
        String kind = header.client().kind() == dev.estimator.core.model.ClientKind.INTERNAL ? "Internal" : "";
        String documentTitle = reference == null ? p.text("cover.documentTitle" + kind, "", p.date(header.issueDate()))
                : p.text("cover.documentTitleNumbered" + kind, reference, p.date(header.issueDate()));
        if (Boolean.parseBoolean(p.text("cover.documentTitleLeads"))) {
            // 御見積書 is the title; the project's name is its subject (件名).
            section.add(new Block.Cover(header.title(), documentTitle, null));
        } else {
            section.add(new Block.Cover(documentTitle, header.title(), null));
        }
        // The letterhead names the addressee as the language does ("Spett.le", 御中), once.
        section.add(new Block.Letterhead(PartyLines.addressee(p, header.client()),
                PartyLines.sender(p, header.provider(), header.client()), PartyLines.seal(p)));

        TableBuilder details = SectionBuilder.table(TableKind.DETAILS, Column.text(null, 28), Column.text(null, 72));
        if (reference != null) {
            details.row(p.label("reference"), reference);
        }
        if (header.author() != null && !header.author().isBlank()) {
            details.row(p.label("author"), header.author());
        }
        details.row(p.label("revision"), String.valueOf(header.revision().number()));
        details.row(p.label("issueDate"), p.date(header.issueDate()));
        if (header.validUntil() != null) {
            details.row(p.label("validUntil"), p.text("cover.validUntil", p.date(header.validUntil())));
        }
        details.row(p.label("estimateClass"), classLine(p, header));
        details.row(p.label("currency"), header.currency().getCurrencyCode());
        if (header.purpose() != null && !header.purpose().isBlank()) {
            details.row(p.text("cover.purpose"), header.purpose());
        }
        details.labelRow(RowKind.TOTAL, p.grandTotalLabel(), p.amount(context.totals().grandTotal()));
        section.add(details);
        section.paragraph(p.text("cover.note"), Block.TextStyle.CAPTION);
        return section.build();
    }

    /** The estimate class with its name and accuracy range, e.g. "3 — Budget (−20 % to +30 %)". */
    static String classLine(Phrasing p, Header header) {
        int estimateClass = header.estimateClass();
        return p.text("cover.class", estimateClass, p.text("class." + estimateClass),
                p.accuracyRange(header.effectiveAccuracy()));
    }
}
