package dev.estimator.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.Quantity;
import dev.estimator.export.ExportRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the document model says, independent of any format. */
class DocumentBuilderTest {

    static List<Path> samples() {
        return Estimates.samples();
    }

    private static Document build(Path sample, Audience audience) {
        return DocumentBuilder.build(ExportRequest.of(EstimateFiles.load(sample).orThrow(), audience));
    }

    /** The texts of the blocks under the subheading {@code heading} in {@code section}, up to the next subheading. */
    private static List<String> under(Section section, String heading) {
        List<String> texts = new ArrayList<>();
        boolean inside = false;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Subheading sub) {
                inside = sub.text().equals(heading);
            } else if (inside && block instanceof Block.Bullets bullets) {
                texts.addAll(bullets.items());
            }
        }
        return texts;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theModelIsAValueBuiltTheSameEveryTime(Path sample) {
        assertEquals(build(sample, Audience.CLIENT), build(sample, Audience.CLIENT));
        assertEquals(build(sample, Audience.INTERNAL), build(sample, Audience.INTERNAL));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSectionsComeInOrderWithTheInternalFiguresOnlyForTheProvider(Path sample) {
        List<String> client = build(sample, Audience.CLIENT).sections().stream().map(Section::id).toList();
        List<String> internal = build(sample, Audience.INTERNAL).sections().stream().map(Section::id).toList();
        assertEquals(List.of("cover", "summary"), client.subList(0, 2));
        assertEquals(List.of("acceptance", "glossary"), client.subList(client.size() - 2, client.size()));
        assertFalse(client.contains("internal"));
        List<String> expected = new ArrayList<>(client);
        expected.add("internal");
        assertEquals(expected, internal);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theBriefListsClientOwnedAssumptionsAsPriceRisksAndProviderOwnedOnesAsOurs(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        Phrasing p = Phrasing.of(estimate);
        Section brief = build(sample, Audience.CLIENT).section("summary").orElseThrow();
        List<String> priceRisks = under(brief, p.text("summary.clientAssumptions"));
        List<String> ours = under(brief, p.text("summary.providerRisks"));
        for (Assumption assumption : estimate.assumptions()) {
            boolean asPriceRisk = priceRisks.stream().anyMatch(t -> t.startsWith(assumption.statement()));
            boolean asOurs = ours.contains(assumption.statement());
            if (assumption.owner() == Owner.PROVIDER) {
                assertFalse(asPriceRisk, "a provider-owned assumption is not a price risk for the client: " + assumption.id());
            } else {
                assertFalse(asOurs, "a client-owned assumption is not listed as ours: " + assumption.id());
            }
        }
        long providerOwned = estimate.assumptions().stream().filter(a -> a.owner() == Owner.PROVIDER).count();
        assertEquals(providerOwned > 0, !ours.isEmpty(), "risks we carry are listed exactly when we own an assumption");
        assertTrue(priceRisks.size() <= SummarySection.ASSUMPTIONS && ours.size() <= SummarySection.ASSUMPTIONS,
                "the brief stays short");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theGlossaryExplainsTheTermsTheDocumentUses(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        Phrasing p = Phrasing.of(estimate);
        Section glossary = build(sample, Audience.CLIENT).section("glossary").orElseThrow();
        Block.Table table = (Block.Table) glossary.blocks().getFirst();
        List<String> terms = table.rows().stream().map(r -> r.cells().getFirst().text()).toList();
        assertTrue(terms.contains(p.text("glossary.estimateClass")));
        boolean threePoint = estimate.allItems().anyMatch(i -> i.quantity() instanceof Quantity.ThreePoint);
        assertEquals(threePoint, terms.contains(p.text("glossary.threePoint")));
        assertEquals(estimate.contingency() != null, terms.contains(p.text("glossary.contingency")));
        assertEquals(!estimate.alternatives().isEmpty(), terms.contains(p.text("glossary.alternative")));
        assertTrue(table.rows().stream().allMatch(r -> !r.cells().get(1).text().isBlank()), "every term is explained");
    }
}
