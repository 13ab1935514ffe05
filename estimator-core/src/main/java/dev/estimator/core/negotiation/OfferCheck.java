package dev.estimator.core.negotiation;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.InternalTotals;
import dev.estimator.core.calc.NegotiationFigures;
import dev.estimator.core.calc.PriceTail;
import dev.estimator.core.calc.RoundingPolicy;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a client's counter-offer means against the quote, the target and the walk-away price.
 * Internal: it reads cost rates and the internal section.
 *
 * <p>An offer is compared as a net price, because the target and walk-away prices are net. A
 * gross offer is turned into the largest net price whose grand total (net plus the tax by the
 * calculator's rule) does not exceed it. The verdict: {@link Verdict#DECLINE} below the walk-away
 * price (below cost when no walk-away price is stated); {@link Verdict#ACCEPT} at or above the
 * target (or the quote, whichever is lower; the quote when no target is stated) and within the
 * largest discount allowed; {@link Verdict#COUNTER} otherwise. Target and walk-away are the
 * engagement's, so they apply to an alternative as they are.
 *
 * @param quoted            the quote's price chain (the baseline's, or the alternative's)
 * @param offeredNet        the net price the offer amounts to
 * @param offeredTotal      the grand total at that net price
 * @param discount          quoted net less offered net (negative when the offer is above the quote)
 * @param discountPercent   that discount as a percentage of the quoted net, 2 decimals
 * @param margin            offered net less cost, when the estimate carries cost rates
 * @param marginPercent     that margin as a percentage of the offered net, 2 decimals
 * @param aboveWalkAway     whether the offered net is at or above the walk-away price, when one is stated
 * @param withinMaxDiscount whether the discount stays within the largest discount allowed, when one is stated
 * @param atOrAboveTarget   whether the offered net is at or above the target price, when one is stated
 * @param counters          proposals that reach the offer by giving something up (empty when accepted)
 */
public record OfferCheck(BigDecimal offer, PriceBasis basis, Optional<Alternative> alternative, PriceTail quoted,
                         BigDecimal offeredNet, BigDecimal offeredTotal, BigDecimal discount, BigDecimal discountPercent,
                         Optional<BigDecimal> cost, Optional<BigDecimal> margin, Optional<BigDecimal> marginPercent,
                         Optional<NegotiationFigures> negotiation, Optional<Boolean> aboveWalkAway,
                         Optional<Boolean> withinMaxDiscount, Optional<Boolean> atOrAboveTarget, Verdict verdict,
                         List<Counter> counters) {

    /** How many counter-proposals of each kind (within the offer, just above it) are made. */
    static final int COUNTERS = 3;

    public OfferCheck {
        counters = List.copyOf(counters);
    }

    /**
     * Checks {@code offer} against {@code estimate} (valid, not redacted), or against its
     * alternative {@code alternativeId} when given.
     *
     * @throws IllegalArgumentException when the offer is negative, has more decimals than the
     *                                  currency, or the alternative does not exist
     */
    public static OfferCheck of(Estimate estimate, BigDecimal offer, PriceBasis basis, Optional<String> alternativeId) {
        Preconditions.checkNotNull(estimate, "estimate");
        Preconditions.checkNotNull(offer, "offer");
        Preconditions.checkNotNull(basis, "basis");
        Preconditions.checkArgument(offer.signum() >= 0, "an offer is zero or more, was %s", offer);
        EstimateTotals all = EstimateCalculator.calculateWithoutSimulation(estimate);
        RoundingPolicy rounding = all.rounding();
        Preconditions.checkArgument(offer.stripTrailingZeros().scale() <= rounding.scale(),
                "an amount in %s has at most %s decimals, was %s", rounding.currency(), rounding.scale(), offer);
        Optional<Alternative> alternative = alternativeId.map(id -> estimate.alternative(id).orElseThrow(
                () -> new IllegalArgumentException("no alternative with id " + id)));
        EstimateTotals totals = alternative.map(a -> all.alternatives().stream()
                .filter(t -> t.alternative().id().equals(a.id())).findFirst().orElseThrow().totals()).orElse(all);

        BigDecimal taxPercent = estimate.tax() == null ? null : estimate.tax().percent();
        BigDecimal offeredNet = switch (basis) {
            case NET -> rounding.money(offer);
            case GROSS -> largestNetWithin(rounding, taxPercent, rounding.money(offer));
        };
        BigDecimal offeredTotal = offeredNet.add(tax(rounding, taxPercent, offeredNet));
        BigDecimal quotedNet = totals.net();
        BigDecimal discount = quotedNet.subtract(offeredNet);
        Optional<BigDecimal> cost = totals.internal().map(InternalTotals::cost);
        Optional<BigDecimal> margin = cost.map(offeredNet::subtract);
        Optional<NegotiationFigures> negotiation = totals.negotiation();
        Optional<BigDecimal> walkAway = negotiation.map(NegotiationFigures::walkAwayPrice);
        Optional<BigDecimal> target = negotiation.map(NegotiationFigures::targetPrice);
        Optional<BigDecimal> netAtMax = negotiation.map(NegotiationFigures::netAtMaxDiscount);
        Optional<Boolean> aboveWalkAway = walkAway.map(w -> offeredNet.compareTo(w) >= 0);
        Optional<Boolean> withinMax = netAtMax.map(m -> offeredNet.compareTo(m) >= 0);
        Optional<Boolean> atTarget = target.map(t -> offeredNet.compareTo(t) >= 0);

        BigDecimal acceptFrom = target.filter(t -> t.compareTo(quotedNet) < 0).orElse(quotedNet);
        boolean declined = walkAway.map(w -> offeredNet.compareTo(w) < 0)
                .orElseGet(() -> margin.map(m -> m.signum() < 0).orElse(false));
        Verdict verdict = declined ? Verdict.DECLINE
                : offeredNet.compareTo(acceptFrom) >= 0 && withinMax.orElse(true) ? Verdict.ACCEPT
                : Verdict.COUNTER;

        List<Counter> counters = verdict == Verdict.ACCEPT ? List.of()
                : counters(estimate, offer, basis, verdict == Verdict.DECLINE,
                negotiation.map(NegotiationFigures::maxDiscountPercent));
        return new OfferCheck(offer, basis, alternative, totals.price(), offeredNet, offeredTotal, discount,
                RoundingPolicy.percentage(discount, quotedNet), cost, margin,
                margin.map(m -> RoundingPolicy.percentage(m, offeredNet)), negotiation, aboveWalkAway, withinMax,
                atTarget, verdict, counters);
    }

    /**
     * Unless the offer is declined: the combinations within the offer (no discount needed), then those
     * just above it with the discount still needed (the discounted price stays at or above walk-away,
     * since the offer does). When declined, no discount may reach the offer: the combinations just
     * above it, at their own price, are what can be offered instead.
     */
    private static List<Counter> counters(Estimate estimate, BigDecimal offer, PriceBasis basis, boolean declined,
                                          Optional<BigDecimal> maxDiscountPercent) {
        BudgetFit fit = BudgetFit.search(estimate, offer, basis, COUNTERS, Audience.INTERNAL);
        List<Counter> out = new ArrayList<>();
        for (FitCandidate candidate : declined ? List.<FitCandidate>of() : fit.fits()) {
            BigDecimal none = candidate.amount().subtract(candidate.amount());
            out.add(new Counter(candidate, offer, none, none.setScale(2), maxDiscountPercent.map(m -> true)));
        }
        for (FitCandidate candidate : fit.nearest()) {
            BigDecimal needed = declined ? candidate.amount().subtract(candidate.amount())
                    : candidate.amount().subtract(offer);
            BigDecimal percent = RoundingPolicy.percentage(needed, candidate.amount());
            out.add(new Counter(candidate, declined ? candidate.amount() : offer, needed, percent,
                    maxDiscountPercent.map(m -> percent.compareTo(m) <= 0)));
        }
        return out;
    }

    /** The largest net price (in the currency's minor unit) whose grand total is at most {@code gross}. */
    private static BigDecimal largestNetWithin(RoundingPolicy rounding, BigDecimal taxPercent, BigDecimal gross) {
        long lo = 0;
        long hi = gross.movePointRight(rounding.scale()).longValueExact();
        while (lo < hi) {   // the answer is in [lo, hi]; the grand total never falls as the net rises
            long mid = lo + (hi - lo + 1) / 2;
            BigDecimal net = BigDecimal.valueOf(mid, rounding.scale());
            if (net.add(tax(rounding, taxPercent, net)).compareTo(gross) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return BigDecimal.valueOf(lo, rounding.scale());
    }

    private static BigDecimal tax(RoundingPolicy rounding, BigDecimal taxPercent, BigDecimal net) {
        return taxPercent == null ? rounding.zero() : rounding.percentOf(net, taxPercent);
    }
}
