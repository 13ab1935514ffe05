package dev.estimator.core.calc;

import static dev.estimator.core.Estimates.d;
import static dev.estimator.core.Estimates.labour;
import static dev.estimator.core.Estimates.rateCard;
import static dev.estimator.core.Estimates.withItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The range is a pluggable step: another method changes the range and nothing else. */
class RangeMethodTest {

    /** A stand-in for a simulated range: every scenario at the subtotal plus a fixed amount. */
    private static final RangeMethod FLAT = priced -> {
        PriceTail high = priced.priceFrom(priced.price().subtotal().add(d("100.00")));
        return new TotalRange(priced.price().total(), high.total(), priced.rounding().zero(), high.total(),
                priced.price().total(), high.total(), priced.price(), high, high);
    };

    private static Estimate estimate() {
        Estimate base = withItems("EUR", rateCard("800", null, RatePeriod.DAY),
                labour("L", Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS));
        return new Estimate(base.header(), base.rateCard(), base.breakdown(), null, null, null, null, null,
                new Tax("VAT", d("22")), null, null, List.of(new Alternative("less", "Less", "Why", "Gains", "Gives up",
                null, List.of(new Change.ChangeQuantity("L", Quantity.of(5))))), null);
    }

    @Test
    void theDefaultIsThePertMethod() {
        assertEquals(EstimateCalculator.calculate(estimate()), EstimateCalculator.calculate(estimate(), RangeMethod.pert()));
        assertEquals(d("10.50"), EstimateCalculator.calculate(estimate()).item("L").quantity());
    }

    @Test
    void anotherMethodGivesTheBaselineAndEveryAlternativeItsRangeAndChangesNothingElse() {
        List<PricedEstimate> seen = new ArrayList<>();
        RangeMethod recording = priced -> {
            seen.add(priced);
            return FLAT.range(priced);
        };
        EstimateTotals pert = EstimateCalculator.calculate(estimate());
        EstimateTotals flat = EstimateCalculator.calculate(estimate(), recording);
        assertEquals(2, seen.size());
        assertEquals(d("10370.00"), flat.range().pessimistic());   // (8400 + 100) × 1.22
        assertEquals(d("10370.00"), flat.range().p80());
        assertEquals(d("5002.00"), flat.alternatives().getFirst().totals().range().pessimistic());   // 4100 × 1.22
        assertEquals(pert.price(), flat.price());
        assertEquals(pert.items(), flat.items());
        assertEquals(pert.alternatives().getFirst().delta(), flat.alternatives().getFirst().delta());
        BigDecimal tax = seen.getFirst().priceFrom(d("1000.00")).tax();
        assertEquals(d("220.00"), tax);
    }
}
