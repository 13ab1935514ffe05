package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Header;
import dev.estimator.export.ExportRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Document} of a request: the cover, the one-page brief (executive summary),
 * then the annex: breakdown with chart, how each figure was reached, assumptions and exclusions,
 * risks and contingency, alternatives, price and terms, changes since the previous revision, the
 * acceptance block and a glossary of the terms used; the internal audience adds the provider's
 * figures last. To add a section, write it once here: every format
 * renders it.
 */
public final class DocumentBuilder {

    private static final List<DocumentSection> SECTIONS = List.of(new CoverSection(), new SummarySection(),
            new BreakdownSection(), new ItemDetailsSection(), new AssumptionsSection(), new RisksSection(),
            new AlternativesSection(), new BudgetSection(), new PriceSection(), new RecurringSection(), new ChangesSection(), new AcceptanceSection(),
            new GlossarySection(), new InternalFiguresSection());

    private DocumentBuilder() {
    }

    /** What the document of {@code request} says, in its estimate's language, for its audience. */
    public static Document build(ExportRequest request) {
        return build(request, null);
    }

    /**
     * What the document of {@code request} says, negative amounts marked with {@code negatives}
     * (a PDF theme's choice), or as the language does when {@code null}.
     */
    public static Document build(ExportRequest request, dev.estimator.export.format.Negatives negatives) {
        Preconditions.checkNotNull(request, "request");
        Phrasing phrasing = Phrasing.of(request.estimate(), negatives);
        SectionContext context = new SectionContext(request, phrasing);
        List<Section> sections = new ArrayList<>();
        for (DocumentSection section : SECTIONS) {
            if (section.appliesTo(context)) {
                sections.add(section.build(context));
            }
        }
        return new Document(info(request, phrasing), sections);
    }

    /** What every page header shows beside the title: the revision, led by the estimate number when there is one. */
    private static String revisionLabel(Phrasing p, Header header) {
        String revision = p.label("revision") + " " + header.revision().number();
        String reference = PartyLines.reference(header);
        return reference == null ? revision : p.text("header.reference", reference, revision);
    }

    private static DocumentInfo info(ExportRequest request, Phrasing p) {
        Header header = request.estimate().header();
        String author = header.author() == null || header.author().isBlank()
                ? header.provider().name() : header.author() + ", " + header.provider().name();
        return new DocumentInfo(header.language() == null ? "en" : header.language(), p.money().locale(),
                request.audience(), header.title(), revisionLabel(p, header), author,
                p.text(request.isInternal() ? "meta.subjectInternal" : "meta.subject", header.client().name()),
                p.text("meta.keywords", header.client().name(), header.provider().name(), header.revision().number()),
                header.provider().name(), request.isInternal() ? p.label("internalOnly") : null,
                p.label("page", "{0}", "{1}"), header.issueDate());
    }
}
