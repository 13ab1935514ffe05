package dev.estimator.export.document;

import dev.estimator.export.document.Block.TableKind;
import java.util.ArrayList;
import java.util.List;

/** Collects one section's blocks in order. */
final class SectionBuilder {

    private final String id;
    private final String title;
    private final boolean numbered;
    private Section.Layout layout = Section.Layout.FLOW;
    private final List<Block> blocks = new ArrayList<>();

    private SectionBuilder(String id, String title, boolean numbered) {
        this.id = id;
        this.title = title;
        this.numbered = numbered;
    }

    /** A numbered section with a heading. */
    static SectionBuilder numbered(String id, String title) {
        return new SectionBuilder(id, title, true);
    }

    /** A section without a numbered heading (the cover); its title names it in bookmarks. */
    static SectionBuilder unnumbered(String id, String title) {
        return new SectionBuilder(id, title, false);
    }

    SectionBuilder layout(Section.Layout value) {
        this.layout = value;
        return this;
    }

    SectionBuilder add(Block block) {
        blocks.add(block);
        return this;
    }

    SectionBuilder add(TableBuilder table) {
        return add(table.build());
    }

    SectionBuilder paragraph(String text) {
        return add(Block.Paragraph.of(text));
    }

    SectionBuilder paragraph(String text, Block.TextStyle style) {
        return add(new Block.Paragraph(null, text, style));
    }

    /** A bold label followed by text, in one paragraph. */
    SectionBuilder labelled(String label, String text) {
        return add(new Block.Paragraph(label, text, Block.TextStyle.BODY));
    }

    SectionBuilder subheading(String text) {
        return add(new Block.Subheading(text));
    }

    SectionBuilder bullets(List<String> items) {
        return items.isEmpty() ? this : add(new Block.Bullets(items));
    }

    static TableBuilder table(Block.Column... columns) {
        return new TableBuilder(TableKind.GRID, columns);
    }

    static TableBuilder table(TableKind kind, Block.Column... columns) {
        return new TableBuilder(kind, columns);
    }

    Section build() {
        return new Section(id, title, numbered, layout, blocks);
    }
}
