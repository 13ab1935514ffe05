package dev.estimator.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One revision of a quote for one client and engagement.
 *
 * <p>Immutable. Build one in code with {@link #builder} (or the canonical constructor, whose lists
 * may be {@code null} and are treated as empty), validate it with {@code EstimateValidator}, and
 * total it with {@code EstimateCalculator}.
 *
 * @param breakdown   the top-level groups of the breakdown tree
 * @param adjustments discounts and surcharges, in the order they apply
 * @param tax         the tax on the net price, or {@code null} when none is charged
 * @param internal    the provider's negotiation figures; internal
 * @param commercial  the commercial terms as structure (pricing model, contingency billing, warranty...),
 *                    or {@code null} when only free {@code terms} are given
 * @param schedule    when the work happens, or {@code null} when no dates are given
 * @param simulation  how the Monte Carlo simulation runs; {@code null} for the defaults
 * @param history     how comparable past projects turned out against their estimates, or {@code null}
 */
public record Estimate(
        @NotNull(message = "the header (title, client, currency, ...) is required") @Valid Header header,
        @NotNull @Valid RateCard rateCard,
        List<@Valid Group> breakdown,
        List<@Valid Assumption> assumptions,
        List<@Valid Exclusion> exclusions,
        List<@Valid Risk> risks,
        @Valid Contingency contingency,
        List<@Valid Adjustment> adjustments,
        @Valid Tax tax,
        List<@Valid Milestone> milestones,
        List<String> terms,
        List<@Valid Alternative> alternatives,
        @Internal @Valid InternalSection internal,
        @Valid Commercial commercial,
        @Valid Schedule schedule,
        @Valid SimulationSettings simulation,
        @Valid History history) {

    public Estimate {
        rateCard = rateCard == null ? RateCard.empty() : rateCard;
        breakdown = copy(breakdown);
        assumptions = copy(assumptions);
        exclusions = copy(exclusions);
        risks = copy(risks);
        adjustments = copy(adjustments);
        milestones = copy(milestones);
        terms = copy(terms);
        alternatives = copy(alternatives);
    }

    /** An estimate without commercial terms, schedule, simulation settings or history (the components added last). */
    public Estimate(Header header, RateCard rateCard, List<Group> breakdown, List<Assumption> assumptions,
                    List<Exclusion> exclusions, List<Risk> risks, Contingency contingency, List<Adjustment> adjustments,
                    Tax tax, List<Milestone> milestones, List<String> terms, List<Alternative> alternatives,
                    InternalSection internal) {
        this(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments, tax, milestones,
                terms, alternatives, internal, null, null, null, null);
    }

    /** An estimate simulated with the default settings, without history. */
    public Estimate(Header header, RateCard rateCard, List<Group> breakdown, List<Assumption> assumptions,
                    List<Exclusion> exclusions, List<Risk> risks, Contingency contingency, List<Adjustment> adjustments,
                    Tax tax, List<Milestone> milestones, List<String> terms, List<Alternative> alternatives,
                    InternalSection internal, Commercial commercial, Schedule schedule) {
        this(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments, tax, milestones,
                terms, alternatives, internal, commercial, schedule, null, null);
    }

    /** How the simulation runs: the file's settings, or the defaults. */
    public SimulationSettings effectiveSimulation() {
        return simulation == null ? SimulationSettings.defaults() : simulation;
    }

    /** A builder for an estimate in {@code currencyCode} (ISO 4217) written in {@code language}. */
    public static EstimateBuilder builder(String title, String currencyCode, String language) {
        return new EstimateBuilder(title, currencyCode, language);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Every line item of the breakdown, depth first in document order. */
    public Stream<LineItem> allItems() {
        return breakdown.stream().flatMap(Group::allItems);
    }

    /** Every group of the breakdown, depth first in document order. */
    public Stream<Group> allGroups() {
        return breakdown.stream().flatMap(Group::allGroups);
    }

    public Optional<LineItem> item(String id) {
        return allItems().filter(i -> id.equals(i.id())).findFirst();
    }

    public Optional<Assumption> assumption(String id) {
        return assumptions.stream().filter(a -> id.equals(a.id())).findFirst();
    }

    public Optional<Risk> risk(String id) {
        return risks.stream().filter(r -> id.equals(r.id())).findFirst();
    }

    public Optional<Alternative> alternative(String id) {
        return alternatives.stream().filter(a -> id.equals(a.id())).findFirst();
    }

    /**
     * This estimate as the given audience may see it. For {@link Audience#CLIENT} every component
     * marked {@link Internal} is cleared: role cost rates, item unit costs and cost-rate changes
     * (in alternatives too) and the internal section. Exporters work from this copy, so internal figures cannot be
     * published by accident.
     */
    public Estimate redactedFor(Audience audience) {
        return switch (audience) {
            case INTERNAL -> this;
            case CLIENT -> {
                UnaryOperator<LineItem> noCost = item -> item.withUnitCost(null);
                RateCard clientRates = new RateCard(rateCard.hoursPerDay(), rateCard.roles().stream()
                        .map(r -> new Role(r.id(), r.name(), r.rate(), null, r.per())).toList());
                List<Alternative> clientAlternatives = alternatives.stream()
                        .map(a -> new Alternative(a.id(), a.name(), a.rationale(), a.gains(), a.givesUp(), a.basedOn(),
                                a.changes().stream().map(c -> withoutCost(c, noCost)).toList()))
                        .toList();
                yield new Estimate(header, clientRates, breakdown.stream().map(g -> g.mapItems(noCost)).toList(),
                        assumptions, exclusions, risks, contingency, adjustments, tax, milestones, terms,
                        clientAlternatives, null, commercial, schedule, simulation, history);
            }
        };
    }

    private static Change withoutCost(Change change, UnaryOperator<LineItem> noCost) {
        return switch (change) {
            case Change.Add add -> new Change.Add(add.group(), add.newItem() == null ? null : noCost.apply(add.newItem()));
            case Change.Swap swap -> new Change.Swap(swap.item(), swap.newItem() == null ? null : noCost.apply(swap.newItem()));
            case Change.Drop drop -> drop;
            case Change.ChangeQuantity quantity -> quantity;
            case Change.ChangeRate rate -> new Change.ChangeRate(rate.role(), rate.rate(), null);
            case Change.ChangeUnitPrice price -> price;
        };
    }

    public Estimate withBreakdown(List<Group> newBreakdown) {
        return new Estimate(header, rateCard, newBreakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withRateCard(RateCard newRateCard) {
        return new Estimate(header, newRateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withAlternatives(List<Alternative> newAlternatives) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, newAlternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withCommercial(Commercial newCommercial) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, newCommercial, schedule, simulation, history);
    }

    public Estimate withSchedule(Schedule newSchedule) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, newSchedule, simulation, history);
    }

    public Estimate withMilestones(List<Milestone> newMilestones) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, newMilestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withContingency(Contingency newContingency) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, newContingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withSimulation(SimulationSettings newSimulation) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, newSimulation, history);
    }

    public Estimate withHeader(Header newHeader) {
        return new Estimate(newHeader, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withHistory(History newHistory) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, newHistory);
    }

    public Estimate withRisks(List<Risk> newRisks) {
        return new Estimate(header, rateCard, breakdown, assumptions, exclusions, newRisks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }

    public Estimate withAssumptions(List<Assumption> newAssumptions) {
        return new Estimate(header, rateCard, breakdown, newAssumptions, exclusions, risks, contingency, adjustments,
                tax, milestones, terms, alternatives, internal, commercial, schedule, simulation, history);
    }
}
