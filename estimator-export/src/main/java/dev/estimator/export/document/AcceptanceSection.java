package dev.estimator.export.document;

import dev.estimator.core.model.ClientAcceptance;
import dev.estimator.core.model.Header;
import dev.estimator.export.document.Block.Column;
import dev.estimator.export.document.Block.RowKind;
import dev.estimator.export.document.Block.TableKind;

/** Section 10: the acceptance block, with signature lines for client and provider. */
final class AcceptanceSection implements DocumentSection {

    @Override
    public Section build(SectionContext context) {
        Phrasing p = context.phrasing();
        Header header = context.estimate().header();
        SectionBuilder section = SectionBuilder.numbered("acceptance", p.text("section.acceptance"))
                .layout(Section.Layout.KEEP_TOGETHER);
        section.paragraph(p.text("acceptance.text", header.client().name(), header.revision().number(),
                p.amount(context.totals().grandTotal()), p.date(header.issueDate())));
        ClientAcceptance accepted = header.revision().accepted();
        if (accepted != null) {
            // Recorded by `estimator accept` from the interactive proposal's code.
            section.paragraph(p.text("acceptance.accepted", header.client().name(), p.date(accepted.date()),
                    accepted.alternative() == null ? p.text("acceptance.acceptedBaseline") : accepted.alternative(),
                    accepted.optionalItems().isEmpty() ? p.none()
                            : p.list(accepted.optionalItems().stream().map(p::itemTitle).toList()),
                    p.amount(accepted.total()), accepted.code()), Block.TextStyle.STRONG);
        }
        TableBuilder signatures = SectionBuilder.table(TableKind.SIGNATURES,
                Column.text(p.text("acceptance.forClient", header.client().name()), 50),
                Column.gap(6), Column.text(p.text("acceptance.forProvider", header.provider().name()), 50));
        for (String field : new String[] {"acceptance.name", "acceptance.signature", "acceptance.date"}) {
            signatures.row(RowKind.SIGNATURE, p.text(field), "", p.text(field));
        }
        section.add(signatures.keepTogether());
        return section.build();
    }
}
