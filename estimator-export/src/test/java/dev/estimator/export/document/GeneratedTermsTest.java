package dev.estimator.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The terms the documents generate never contradict the figures: every sentence the commercial
 * terms, the brief's recurring line and the price section write, checked as if it were a free
 * {@code terms} line, draws no warning from the same check that guards the free terms.
 */
class GeneratedTermsTest {

    static Stream<Path> samples() {
        return Stream.concat(Estimates.samples().stream(), Estimates.templates().stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedSentencesPassTheTermsCheck(Path file) {
        Estimate estimate = EstimateFiles.load(file).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        Phrasing p = Phrasing.of(estimate);
        List<String> lines = new ArrayList<>();
        totals.commercial().ifPresent(figures -> lines.addAll(CommercialPhrases.terms(p, figures)));
        KeyFigures.recurring(p, estimate, totals).ifPresent(lines::add);
        lines.add(p.grandTotalLabel());
        lines.add(p.text("price.intro"));
        assertFalse(lines.isEmpty());
        Estimate asTerms = new Estimate(estimate.header(), estimate.rateCard(), estimate.breakdown(),
                estimate.assumptions(), estimate.exclusions(), estimate.risks(), estimate.contingency(),
                estimate.adjustments(), estimate.tax(), estimate.milestones(), lines, estimate.alternatives(),
                estimate.internal());
        List<Problem> contradictions = EstimateValidator.warnings(asTerms).stream()
                .filter(w -> w.path().startsWith("terms")).toList();
        assertEquals(List.of(), contradictions, String.join("\n", lines));
    }
}
