package dev.estimator.core.model;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Builds an {@link Estimate} in code without spelling out every record component:
 *
 * <pre>{@code
 * Estimate estimate = Estimate.builder("Website refresh", "EUR", "en")
 *         .client("ACME Ltd", ClientKind.EXTERNAL).provider("Northwind Digital")
 *         .issued(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20)).estimateClass(3)
 *         .role("dev", "Developer", "720", "430", RatePeriod.DAY)
 *         .group(new Group("build", "Build", null, List.of(item), null))
 *         .tax("VAT", "22")
 *         .build();
 * }</pre>
 *
 * Anything not set is absent (or the documented default); validate the result with
 * {@code EstimateValidator}. Amounts and percentages are given as decimal strings so that no
 * binary fraction ever creeps in.
 */
public final class EstimateBuilder {

    private final String title;
    private final Currency currency;
    private final String language;
    private String purpose;
    private Client client;
    private Party provider;
    private String author;
    private Locale locale;
    private LocalDate issueDate;
    private LocalDate validUntil;
    private Revision revision = Revision.first();
    private Integer estimateClass;
    private AccuracyRange accuracy;
    private String reference;
    private BigDecimal hoursPerDay;
    private final List<Role> roles = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Assumption> assumptions = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private Contingency contingency;
    private final List<Adjustment> adjustments = new ArrayList<>();
    private Tax tax;
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Alternative> alternatives = new ArrayList<>();
    private InternalSection internal;
    private Commercial commercial;
    private Schedule schedule;
    private SimulationSettings simulation;
    private History history;

    EstimateBuilder(String title, String currencyCode, String language) {
        this.title = Preconditions.checkNotNull(title, "title");
        this.currency = Currency.getInstance(Preconditions.checkNotNull(currencyCode, "currencyCode"));
        this.language = Preconditions.checkNotNull(language, "language");
    }

    public EstimateBuilder purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public EstimateBuilder client(String name, ClientKind kind) {
        return client(name, kind, null);
    }

    public EstimateBuilder client(String name, ClientKind kind, String contact) {
        this.client = new Client(name, kind, contact);
        return this;
    }

    /** The client with every detail: department, address, cost centre or end beneficiary. */
    public EstimateBuilder client(Client client) {
        this.client = Preconditions.checkNotNull(client, "client");
        return this;
    }

    /** The provider with every detail: address, VAT id, registration number, phone, e-mail. */
    public EstimateBuilder provider(Party provider) {
        this.provider = Preconditions.checkNotNull(provider, "provider");
        return this;
    }

    /** The estimate number, printed on every page. */
    public EstimateBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    public EstimateBuilder provider(String name) {
        return provider(name, null);
    }

    public EstimateBuilder provider(String name, String contact) {
        this.provider = new Party(name, contact);
        return this;
    }

    public EstimateBuilder author(String author) {
        this.author = author;
        return this;
    }

    /** How numbers and dates are written, as a tag such as {@code en-IE}; defaults to the language. */
    public EstimateBuilder locale(String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
        return this;
    }

    public EstimateBuilder issued(LocalDate issueDate, LocalDate validUntil) {
        this.issueDate = issueDate;
        this.validUntil = validUntil;
        return this;
    }

    public EstimateBuilder revision(int number, String note) {
        this.revision = new Revision(number, note);
        return this;
    }

    public EstimateBuilder estimateClass(int estimateClass) {
        this.estimateClass = estimateClass;
        return this;
    }

    /** Overrides the class's default accuracy range, in signed percent (e.g. -15, 25). */
    public EstimateBuilder accuracy(int low, int high) {
        this.accuracy = AccuracyRange.of(low, high);
        return this;
    }

    public EstimateBuilder hoursPerDay(String hours) {
        this.hoursPerDay = new BigDecimal(hours);
        return this;
    }

    /** A role on the rate card; {@code cost} (internal) may be {@code null}. */
    public EstimateBuilder role(String id, String name, String rate, String cost, RatePeriod per) {
        roles.add(new Role(id, name, new BigDecimal(rate), cost == null ? null : new BigDecimal(cost), per));
        return this;
    }

    public EstimateBuilder group(Group group) {
        groups.add(group);
        return this;
    }

    /** A top-level group holding {@code items}. */
    public EstimateBuilder group(String id, String title, LineItem... items) {
        return group(new Group(id, title, null, List.of(items), null));
    }

    public EstimateBuilder assumption(Assumption assumption) {
        assumptions.add(assumption);
        return this;
    }

    public EstimateBuilder exclusion(String description, String reason) {
        exclusions.add(new Exclusion(null, description, reason));
        return this;
    }

    public EstimateBuilder risk(Risk risk) {
        risks.add(risk);
        return this;
    }

    public EstimateBuilder contingencyPercent(String percent, String explanation) {
        this.contingency = new Contingency(ContingencyMethod.PERCENT, new BigDecimal(percent), null, explanation);
        return this;
    }

    /** Contingency that raises the price to the simulated outcome at {@code confidence} % (e.g. 80). */
    public EstimateBuilder contingencySimulated(int confidence, String explanation) {
        this.contingency = Contingency.simulated(confidence, explanation);
        return this;
    }

    /** How the simulation runs (trials, seed, correlation groups); the defaults when never called. */
    public EstimateBuilder simulation(SimulationSettings simulation) {
        this.simulation = simulation;
        return this;
    }

    /** Comparable past projects, estimated and actual. */
    public EstimateBuilder history(History history) {
        this.history = history;
        return this;
    }

    public EstimateBuilder contingency(Contingency contingency) {
        this.contingency = contingency;
        return this;
    }

    public EstimateBuilder discountPercent(String id, String percent, String reason) {
        adjustments.add(new Adjustment(id, AdjustmentKind.DISCOUNT, reason, new BigDecimal(percent), null));
        return this;
    }

    public EstimateBuilder adjustment(Adjustment adjustment) {
        adjustments.add(adjustment);
        return this;
    }

    public EstimateBuilder tax(String name, String percent) {
        this.tax = new Tax(name, new BigDecimal(percent));
        return this;
    }

    public EstimateBuilder milestone(String name, String percent, String due) {
        milestones.add(new Milestone(name, new BigDecimal(percent), due));
        return this;
    }

    public EstimateBuilder term(String term) {
        terms.add(term);
        return this;
    }

    public EstimateBuilder alternative(Alternative alternative) {
        alternatives.add(alternative);
        return this;
    }

    /** The provider's negotiation figures (internal); any may be {@code null}. */
    public EstimateBuilder internal(String targetPrice, String walkAwayPrice, String maxDiscountPercent, String notes) {
        this.internal = new InternalSection(decimal(targetPrice), decimal(walkAwayPrice), decimal(maxDiscountPercent), notes);
        return this;
    }

    /** The commercial terms as structure. */
    public EstimateBuilder commercial(Commercial commercial) {
        this.commercial = commercial;
        return this;
    }

    /** When the work happens. */
    public EstimateBuilder schedule(Schedule schedule) {
        this.schedule = schedule;
        return this;
    }

    /** A payment milestone due at the end of the phase {@code closes} (a top-level group id). */
    public EstimateBuilder milestoneClosing(String name, String percent, String closes) {
        milestones.add(new Milestone(name, decimal(percent), null, closes, null));
        return this;
    }

    public Estimate build() {
        Header header = new Header(title, purpose, client, provider, author, currency, language, locale, issueDate,
                validUntil, revision, estimateClass, accuracy, reference);
        return new Estimate(header, new RateCard(hoursPerDay, roles), groups, assumptions, exclusions, risks,
                contingency, adjustments, tax, milestones, terms, alternatives, internal, commercial, schedule, simulation,
                history);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
