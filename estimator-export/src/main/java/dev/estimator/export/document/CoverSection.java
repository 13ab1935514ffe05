package dev.estimator.export.document;

import dev.estimator.core.model.Header;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import dev.estimator.export.document.Block.TableKind;

/** Section 1: title, client, provider, revision, dates, estimate class, and the total. */
final class CoverSection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Header header = context.estimate().header();
        SectionBuilder section = SectionBuilder.unnumbered("cover", p.text("section.cover"))
                .layout(Section.Layout.OWN_PAGE);
        section.add(new Block.Cover(p.text("cover.kicker").toUpperCase(p.locale()), header.title(),
                p.text("cover.preparedFor", header.client().name())));

        TableBuilder details = SectionBuilder.table(TableKind.DETAILS, Column.text(null, 28), Column.text(null, 72));
        details.row(p.label("client"), clientLine(p, header));
        details.row(p.label("provider"), join(header.provider().name(), header.provider().contact()));
        if (header.author() != null && !header.author().isBlank()) {
            details.row(p.label("author"), header.author());
        }
        details.row(p.label("revision"), String.valueOf(header.revision().number()));
        details.row(p.label("issueDate"), p.date(header.issueDate()));
        if (header.validUntil() != null) {
            details.row(p.label("validUntil"), p.date(header.validUntil()));
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

    private static String clientLine(Phrasing p, Header header) {
        String kind = header.client().kind() == null ? null : p.name(header.client().kind());
        return join(join(header.client().name(), header.client().contact()), kind);
    }

    /** The estimate class with its name and accuracy range, e.g. "3 — Budget (−20 % to +30 %)". */
    static String classLine(Phrasing p, Header header) {
        int estimateClass = header.estimateClass();
        return p.text("cover.class", estimateClass, p.text("class." + estimateClass),
                p.accuracyRange(header.effectiveAccuracy()));
    }

    private static String join(String first, String second) {
        if (second == null || second.isBlank()) {
            return first;
        }
        return first + " \u2014 " + second;
    }
}
