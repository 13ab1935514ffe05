package dev.estimator.export.document;

import dev.estimator.core.model.Revision;

/**
 * Section 9: what changed since the previous revision, and why: with the previous revision at
 * hand ({@code export --previous}), the revision bridge step by step ({@link RevisionBridgeBlocks}),
 * then the revision note.
 */
final class ChangesSection implements DocumentSection {

    @Override
    public boolean appliesTo(SectionContext context) {
        String note = context.estimate().header().revision().note();
        return note != null && !note.isBlank() || context.request().bridge().isPresent();
    }

    @Override
    public Section build(SectionContext context) {
        Revision revision = context.estimate().header().revision();
        Phrasing p = context.phrasing();
        SectionBuilder section = SectionBuilder.numbered("changes", p.text("section.changes"));
        boolean hasNote = revision.note() != null && !revision.note().isBlank();
        if (context.request().bridge().isPresent()) {
            RevisionBridgeBlocks.add(section, context, context.request().bridge().get());
            if (hasNote) {
                section.subheading(p.text("bridge.noteHeading"));
                section.paragraph(revision.note());
            }
            return section.build();
        }
        return section
                .paragraph(revision.number() > 1
                        ? p.text("changes.intro", revision.number(), revision.number() - 1)
                        : p.text("changes.first"))
                .paragraph(revision.note())
                .build();
    }
}
