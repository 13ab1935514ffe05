package dev.estimator.core.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of an estimate, each rounded once; every total is the sum of the figures shown
 * beneath it.
 *
 * @param items               every line item's figures, by id, in document order
 * @param optionalSubtotal    the sum of the optional items' amounts (included in the subtotal)
 * @param priceWithoutOptional the price chain if the client drops every optional item: the subtotal
 *                            less the optional items, carried through contingency, adjustments and tax
 * @param internal            cost and margin, when the estimate carries cost rates; empty for a
 *                            client-redacted estimate
 * @param negotiation         the negotiation figures, when the estimate has an internal section;
 *                            empty for a client-redacted estimate
 * @param milestones          the payments, which add up to {@code billing.billedTotal()}
 * @param billing             what the milestones invoice, and the contingency invoiced only if drawn
 * @param commercial          the figures the commercial terms imply, when the estimate states them
 * @param schedule            the phases and payments in dates, when the estimate has a schedule
 * @param recurring           the recurring charges (kept out of everything above) and the total cost of
 *                            ownership; without recurring items, empty charges and a TCO equal to the grand total
 * @param simulation          the Monte Carlo simulation: percentiles (the S-curve), the budget figure,
 *                            the chance the quoted price suffices and the tornado
 * @param calibration         how comparable past projects turned out against their estimates, when
 *                            the estimate lists any
 */
public record EstimateTotals(
        RoundingPolicy rounding,
        List<GroupTotal> groups,
        Map<String, ItemTotal> items,
        BigDecimal optionalSubtotal,
        PriceTail price,
        PriceTail priceWithoutOptional,
        TotalRange range,
        List<MilestoneAmount> milestones,
        List<AssumptionImpact> assumptionImpacts,
        List<RiskExposure> riskExposures,
        Optional<InternalTotals> internal,
        Optional<NegotiationFigures> negotiation,
        List<AlternativeTotals> alternatives,
        BilledPrice billing,
        Optional<CommercialFigures> commercial,
        Optional<ProjectSchedule> schedule,
        RecurringTotals recurring,
        SimulationResult simulation,
        Optional<HistoryCalibration> calibration) {

    /** Totals without commercial terms or schedule: everything invoiced through the milestones. */
    public EstimateTotals(RoundingPolicy rounding, List<GroupTotal> groups, Map<String, ItemTotal> items,
                          BigDecimal optionalSubtotal, PriceTail price, PriceTail priceWithoutOptional, TotalRange range,
                          List<MilestoneAmount> milestones, List<AssumptionImpact> assumptionImpacts,
                          List<RiskExposure> riskExposures, Optional<InternalTotals> internal,
                          Optional<NegotiationFigures> negotiation, List<AlternativeTotals> alternatives) {
        this(rounding, groups, items, optionalSubtotal, price, priceWithoutOptional, range, milestones,
                assumptionImpacts, riskExposures, internal, negotiation, alternatives,
                BilledPrice.included(price, rounding), Optional.empty(), Optional.empty(), null, null, Optional.empty());
    }

    public EstimateTotals {
        groups = List.copyOf(groups);
        // An immutable copy: a map the calculator froze already is kept as it is (copying 10,000 items per pricing was a tenth of a bridge).
        items = com.google.common.collect.ImmutableMap.copyOf(items);
        milestones = List.copyOf(milestones);
        assumptionImpacts = List.copyOf(assumptionImpacts);
        riskExposures = List.copyOf(riskExposures);
        alternatives = List.copyOf(alternatives);
        billing = billing == null ? BilledPrice.included(price, rounding) : billing;
        commercial = commercial == null ? Optional.empty() : commercial;
        schedule = schedule == null ? Optional.empty() : schedule;
        recurring = recurring == null ? new RecurringTotals(List.of(), List.of(), List.of(), rounding.zero(),
                rounding.zero(), rounding.zero(), price.total(), price.total()) : recurring;
    }

    /** These totals with {@code newAlternatives} as the alternatives' totals. */
    public EstimateTotals withAlternatives(List<AlternativeTotals> newAlternatives) {
        return new EstimateTotals(rounding, groups, items, optionalSubtotal, price, priceWithoutOptional, range,
                milestones, assumptionImpacts, riskExposures, internal, negotiation, newAlternatives, billing,
                commercial, schedule, recurring, simulation, calibration);
    }

    /** The one-time price plus every recurring charge over its term (tax included). */
    public BigDecimal totalCostOfOwnership() {
        return recurring.totalCostOfOwnership();
    }

    /** What the payment milestones add up to: the grand total, less the contingency billed only on approval. */
    public BigDecimal billedTotal() {
        return billing.billedTotal();
    }

    /** The part of the grand total invoiced only if the client approves drawing on the contingency (tax included). */
    public BigDecimal contingencyOnApproval() {
        return billing.contingencyOnApproval();
    }

    public BigDecimal subtotal() {
        return price.subtotal();
    }

    public BigDecimal contingency() {
        return price.contingency();
    }

    public BigDecimal net() {
        return price.net();
    }

    public BigDecimal tax() {
        return price.tax();
    }

    /** The tax per rate (one entry per rate charged; none without tax), adding up to {@link #tax()}. */
    public List<TaxRateAmount> taxByRate() {
        return price.taxByRate();
    }

    public BigDecimal grandTotal() {
        return price.total();
    }

    /** The grand total if the client drops every optional item. */
    public BigDecimal totalWithoutOptional() {
        return priceWithoutOptional.total();
    }

    /** The sum of the risks' expected costs (each rounded): what a risk-based contingency amounts to. */
    public BigDecimal expectedRiskCost() {
        return riskExposures.stream().map(RiskExposure::expectedCost).reduce(rounding.zero(), BigDecimal::add);
    }

    /** An item's amount as a percentage of the subtotal, 2 decimals; zero when the subtotal is zero. */
    public BigDecimal shareOfSubtotal(String itemId) {
        return RoundingPolicy.percentage(item(itemId).amount(), subtotal());
    }

    /** The milestones' percentages added up: 100 for a complete payment schedule. */
    public BigDecimal scheduledPercent() {
        return milestones.stream().map(m -> m.milestone().percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public ItemTotal item(String id) {
        ItemTotal total = items.get(id);
        if (total == null) {
            throw new IllegalArgumentException("no line item with id " + id);
        }
        return total;
    }

    /** The groups at every depth, depth first. */
    public List<GroupTotal> allGroups() {
        List<GroupTotal> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<GroupTotal> stack = new java.util.ArrayDeque<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            stack.push(groups.get(i));
        }
        while (!stack.isEmpty()) {
            GroupTotal g = stack.pop();
            all.add(g);
            for (int i = g.groups().size() - 1; i >= 0; i--) {
                stack.push(g.groups().get(i));
            }
        }
        return all;
    }
}
