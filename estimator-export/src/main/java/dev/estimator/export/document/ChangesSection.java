package dev.estimator.export.document;

import dev.estimator.core.model.Revision;

/** Section 9: what changed since the previous revision, and why, from the revision note. */
final class ChangesSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        String note = context.estimate().header().revision().note();
        return note != null && !note.isBlank();
    }

    @Override
    public Section build(SectionContext context) {
        Revision revision = context.estimate().header().revision();
        Phrasing p = context.phrasing();
        return SectionBuilder.numbered("changes", p.text("section.changes"))
                .paragraph(revision.number() > 1
                        ? p.text("changes.intro", revision.number(), revision.number() - 1)
                        : p.text("changes.first"))
                .paragraph(revision.note())
                .build();
    }
}
