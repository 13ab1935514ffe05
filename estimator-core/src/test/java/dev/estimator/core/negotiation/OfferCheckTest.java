package dev.estimator.core.negotiation;

import static dev.estimator.core.Estimates.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shop of {@link BudgetFitTest}: net 13,000 (VAT 10 %), target 12,000, walk-away 11,500,
 * largest discount 10 % (net 11,700 at most off); cost 9,000 (6,000 labour, 3,000 passed through).
 */
class OfferCheckTest {

    static final Estimate SHOP = BudgetFitTest.shop();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "NET, 11499.99, DECLINE, 11499.99",    // just below walk-away
            "NET, 11500.00, COUNTER, 11500.00",    // at walk-away: not below it, but beyond the largest discount
            "NET, 11500.01, COUNTER, 11500.01",    // just above walk-away
            "NET, 11800, COUNTER, 11800.00",       // within the largest discount, under the target
            "NET, 12000, ACCEPT, 12000.00",        // at the target
            "NET, 14000, ACCEPT, 14000.00",        // above the quote
            "GROSS, 12649.99, DECLINE, 11499.99",  // 11,499.99 + 1,150.00 VAT
            "GROSS, 12650.00, COUNTER, 11500.00",  // 11,500.00 + 1,150.00 VAT: at walk-away
            "GROSS, 12650.01, COUNTER, 11500.01",  // 11,500.01 + 1,150.00 VAT
    })
    void verdictAtAroundAndAwayFromWalkAway(PriceBasis basis, String offer, Verdict verdict, String net) {
        OfferCheck check = OfferCheck.of(SHOP, d(offer), basis, Optional.empty());
        assertEquals(verdict, check.verdict());
        assertEquals(d(net), check.offeredNet());
        assertEquals(check.offeredNet().compareTo(d("11500")) >= 0, check.aboveWalkAway().orElseThrow());
    }

    @Test
    void figuresAtAnOfferWorkedByHand() {
        OfferCheck check = OfferCheck.of(SHOP, d("11800"), PriceBasis.NET, Optional.empty());
        assertEquals(d("1200.00"), check.discount());
        assertEquals(d("9.23"), check.discountPercent());          // 1,200 / 13,000
        assertEquals(d("2800.00"), check.margin().orElseThrow());  // 11,800 − 9,000
        assertEquals(d("23.73"), check.marginPercent().orElseThrow());
        assertEquals(d("12980.00"), check.offeredTotal());          // + 10 % VAT
        assertTrue(check.withinMaxDiscount().orElseThrow());
        assertEquals(false, check.atOrAboveTarget().orElseThrow());
    }

    @Test
    void countersReachThePriceByGivingSomethingUp() {
        // At 11,500 net nothing fits above walk-away except by discount: dropping B (12,000) needs 500 more off.
        OfferCheck check = OfferCheck.of(SHOP, d("11500"), PriceBasis.NET, Optional.empty());
        Counter first = check.counters().getFirst();
        assertEquals(List.of("B"), first.candidate().dropped().stream().map(LineItem::id).toList());
        assertEquals(d("500.00"), first.discountNeeded());
        assertEquals(d("4.17"), first.discountPercent());
        assertTrue(first.withinMaxDiscount().orElseThrow());
        assertEquals(d("11500"), first.proposedPrice());
        // Below walk-away no discount may bridge the gap: dropping B is offered at its own price.
        Counter instead = OfferCheck.of(SHOP, d("11000"), PriceBasis.NET, Optional.empty()).counters().getFirst();
        assertEquals(d("12000.00"), instead.proposedPrice());
        assertEquals(d("0.00"), instead.discountNeeded());
        // With a target of 12,500, an offer of 12,100 is countered: dropping B (12,000) is within it, no discount needed.
        Estimate higherTarget = new Estimate(SHOP.header(), SHOP.rateCard(), SHOP.breakdown(), SHOP.assumptions(),
                SHOP.exclusions(), SHOP.risks(), SHOP.contingency(), SHOP.adjustments(), SHOP.tax(), SHOP.milestones(),
                SHOP.terms(), SHOP.alternatives(), new InternalSection(d("12500"), d("11500"), d("10"), null));
        OfferCheck countered = OfferCheck.of(higherTarget, d("12100"), PriceBasis.NET, Optional.empty());
        assertEquals(Verdict.COUNTER, countered.verdict());
        Counter within = countered.counters().getFirst();
        assertEquals(List.of("B"), within.candidate().dropped().stream().map(LineItem::id).toList());
        assertEquals(d("0.00"), within.discountNeeded());
        assertTrue(OfferCheck.of(SHOP, d("12000"), PriceBasis.NET, Optional.empty()).counters().isEmpty());
    }

    @Test
    void anAlternativeIsCheckedAgainstItsOwnQuote() {
        // Lean: 8,000 + 3,000 = 11,000 net, below walk-away even at full price.
        OfferCheck check = OfferCheck.of(SHOP, d("11000"), PriceBasis.NET, Optional.of("lean"));
        assertEquals(d("0.00"), check.discount());
        assertEquals(Verdict.DECLINE, check.verdict());
        assertThrows(IllegalArgumentException.class, () -> OfferCheck.of(SHOP, d("1"), PriceBasis.NET, Optional.of("nope")));
        assertThrows(IllegalArgumentException.class, () -> OfferCheck.of(SHOP, d("1.001"), PriceBasis.NET, Optional.empty()));
    }
}
