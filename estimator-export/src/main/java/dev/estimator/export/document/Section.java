package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * One section of the document.
 *
 * @param id              a stable name for the section ({@code summary}, {@code price}, ...), for anchors and tests
 * @param title           its heading in the document's language
 * @param numbered        whether it is a numbered section (the cover is not: its title is only a bookmark)
 * @param layout          how it sits on pages
 * @param blocks          its content in order
 */
public record Section(String id, String title, boolean numbered, Layout layout, List<Block> blocks) {

    /** How a section sits on pages; formats without pages (HTML) may ignore it, print styles honour it. */
    public enum Layout {
        /** Flows after what comes before. */
        FLOW,
        /** Flows, but is kept on one page when it fits (the acceptance block). */
        KEEP_TOGETHER,
        /** Has pages of its own: starts on a new page and what follows starts on another (the cover). */
        OWN_PAGE,
        /** Starts on a new page (the provider's internal figures). */
        NEW_PAGE
    }

    public Section {
        Preconditions.checkNotNull(id, "id");
        Preconditions.checkNotNull(title, "title");
        Preconditions.checkNotNull(layout, "layout");
        // A section's blocks made on demand (the item cards) stay so: copying would make them all.
        blocks = blocks instanceof OnDemandList<Block> ? blocks : List.copyOf(blocks);
    }
}
