package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Optional;

/**
 * One document as every format shows it: what it is about, and its sections in order.
 *
 * @param info     title, parties and the other facts a renderer puts around the content
 * @param sections the sections in reading order; a section the estimate has nothing for is absent
 */
public record Document(DocumentInfo info, List<Section> sections) {

    public Document {
        Preconditions.checkNotNull(info, "info");
        sections = List.copyOf(sections);
    }

    /** The section with {@code id}, when the document has one. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
