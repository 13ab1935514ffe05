package dev.estimator.export.pdf;

import dev.estimator.core.model.Header;

/** Section 10: the acceptance block, with signature lines for client and provider. */
final class AcceptanceSection implements DocumentSection {

    private static final float ROOM = 230;

    @Override
    public void write(PdfContext context) {
        Typesetter out = context.out();
        PdfTexts texts = context.texts();
        Header header = context.estimate().header();
        out.ensureRoom(ROOM);
        out.heading(texts.text("section.acceptance"));
        out.paragraph(texts.text("acceptance.text", header.client().name(), header.revision().number(),
                context.amount(context.totals().grandTotal()), context.dates().format(header.issueDate())));
        Table signatures = out.table(Table.Column.text(texts.text("acceptance.forClient", header.client().name()), 50),
                Table.Column.gap(6), Table.Column.text(texts.text("acceptance.forProvider", header.provider().name()), 50));
        for (String field : new String[] {"acceptance.name", "acceptance.signature", "acceptance.date"}) {
            signatures.row(Table.Row.SIGNATURE, texts.text(field), "", texts.text(field));
        }
        out.add(signatures.keepTogether());
    }
}
