package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RatePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An estimate built in code is refused for the same characters a file is: NUL, controls, lone surrogates. */
class TextChecksTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedWithTheirPath() {
        LineItem item = Estimates.priced("P1", "1", "100");
        LineItem bad = new LineItem(item.id(), "Lic\u0000ence", "half \ud800", item.category(), item.quantity(),
                item.unit(), item.role(), item.unitPrice(), item.unitCost(), item.optional(), item.justification());
        Estimate estimate = Estimates.withItems("EUR", Estimates.rateCard("100", null, RatePeriod.DAY), bad);
        Header h = estimate.header();
        estimate = new Estimate(new Header("Shop\u001b", h.purpose(), h.client(), h.provider(), h.author(), h.currency(),
                h.language(), h.locale(), h.issueDate(), h.validUntil(), h.revision(), h.estimateClass(), h.accuracy()),
                estimate.rateCard(), estimate.breakdown(), null, null, null, null, null, null, null, null, null, null);
        List<Problem> problems = EstimateValidator.validate(estimate);
        assertEquals(List.of("breakdown.g.items[0].description", "breakdown.g.items[0].title", "header.title"),
                problems.stream().map(Problem::path).sorted().toList());
        assertTrue(problems.stream().allMatch(p -> p.message().contains("U+")), problems.toString());
    }

    @Test
    void ordinaryTextPasses() {
        Estimate estimate = Estimates.withItems("EUR", Estimates.rateCard("100", null, RatePeriod.DAY),
                Estimates.priced("P1", "1", "100"));
        assertEquals(List.of(), EstimateValidator.validate(estimate));
    }
}
