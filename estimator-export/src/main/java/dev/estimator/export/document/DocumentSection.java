package dev.estimator.export.document;

/**
 * One section's content, in the order {@link DocumentBuilder} builds them. A section the estimate
 * has nothing for is left out.
 */
sealed interface DocumentSection permits CoverSection, SummarySection, BreakdownSection, ItemDetailsSection,
        AssumptionsSection, RisksSection, AlternativesSection, PriceSection, RecurringSection, ChangesSection, AcceptanceSection,
        GlossarySection, InternalFiguresSection, BudgetSection {

    /** Whether the estimate has anything for this section; the cover, summary, price and acceptance always apply. */
    default boolean appliesTo(SectionContext context) {
        return true;
    }

    Section build(SectionContext context);
}
