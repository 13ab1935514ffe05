package dev.estimator.export.pdf;

import dev.estimator.core.model.Revision;

/** Section 9: what changed since the previous revision, and why, from the revision note. */
final class ChangesSection implements DocumentSection {

    @Override
    public boolean appliesTo(PdfContext context) {
        String note = context.estimate().header().revision().note();
        return note != null && !note.isBlank();
    }

    @Override
    public void write(PdfContext context) {
        Revision revision = context.estimate().header().revision();
        PdfTexts texts = context.texts();
        context.out().heading(texts.text("section.changes"));
        context.out().paragraph(revision.number() > 1
                ? texts.text("changes.intro", revision.number(), revision.number() - 1)
                : texts.text("changes.first"));
        context.out().paragraph(revision.note());
    }
}
