package dev.estimator.export.pdf;

/**
 * One section of the cost explanation, in the order {@link PdfExporter} writes them. A section
 * the estimate has nothing for is left out.
 */
sealed interface DocumentSection permits CoverPage, ExecutiveSummary, BreakdownSection, ItemDetailsSection,
        AssumptionsSection, RisksSection, AlternativesSection, PriceSection, ChangesSection, AcceptanceSection,
        InternalFiguresSection {

    /** Whether the estimate has anything for this section; the cover, summary, price and acceptance always apply. */
    default boolean appliesTo(PdfContext context) {
        return true;
    }

    void write(PdfContext context);
}
