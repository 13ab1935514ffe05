package dev.estimator.export.xlsx;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Exclusion;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.Party;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Estimates for the workbook tests: a rich one built in code that touches every rule (rate
 * conversions both ways, a half-cent amount, three-point quantities, nested groups, every kind of
 * change in alternatives, one based on another), and the repository's samples.
 */
final class WorkbookFixtures {

    private WorkbookFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A named estimate, for parameterised tests. */
    record Named(String name, Estimate estimate) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The rich fixture, a bare one and every sample. */
    static Stream<Named> all() {
        List<Named> all = new ArrayList<>();
        all.add(new Named("fixture", rich()));
        all.add(new Named("bare", bare()));
        all.add(new Named("steep discount", steepDiscount()));
        all.add(new Named("yen ties", yenTies()));
        all.add(new Named("recurring dinars", recurringDinars()));
        all.addAll(randomSample());
        for (Path sample : Estimates.samples()) {
            all.add(new Named(sample.getFileName().toString(), EstimateFiles.load(sample).orThrow()));
        }
        return all.stream();
    }

    static Justification why(Basis basis, String reasoning, List<String> assumptions, List<String> risks) {
        return new Justification(basis, reasoning, "Projects NW-118 & NW-131", Confidence.MEDIUM, assumptions, risks);
    }

    static LineItem labour(String id, String title, Quantity quantity, Unit unit, String role) {
        return new LineItem(id, title, null, Category.LABOUR, quantity, unit, role, null, null, false,
                why(Basis.HISTORICAL_DATA, "Comparable work took this long.", List.of(), List.of()));
    }

    static LineItem priced(String id, String title, Category category, String quantity, Unit unit, String price,
                           String cost, boolean optional) {
        return new LineItem(id, title, null, category, Quantity.of(d(quantity)), unit, null, d(price),
                cost == null ? null : d(cost), optional, why(Basis.VENDOR_QUOTE, "List price.", List.of(), List.of()));
    }

    static Estimate rich() {
        Header header = new Header("Online shop rebuild", "Budget authorisation for the 2027 replatforming",
                new Client("Rossi Outdoor S.r.l.", ClientKind.EXTERNAL, "Giulia Rossi"),
                new Party("Northwind Digital Ltd", "quotes@northwind.example"), "Jane Smith",
                Currency.getInstance("EUR"), "en", Locale.forLanguageTag("en-IE"), LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 1, 31), new Revision(2, "Payment provider moved to Stripe."), 3,
                new AccuracyRange(d("-15"), d("25")));
        RateCard rates = new RateCard(d("8"), List.of(
                new Role("dev", "Senior developer", d("725.50"), d("430"), RatePeriod.DAY),
                new Role("pm", "Project manager", d("95"), d("61.25"), RatePeriod.HOUR),
                new Role("ux", "Designer", d("640"), d("380"), RatePeriod.DAY)));
        LineItem injected = new LineItem("D1", "+Discovery workshops", "=SUM(A1:A3) is not a formula", Category.LABOUR,
                Quantity.threePoint(d("20"), d("24"), d("36")), Unit.HOURS, "pm", null, null, false,
                new Justification(Basis.EXPERT_JUDGMENT, "@mentions and -dashes stay text.", null, Confidence.HIGH,
                        List.of("A1"), List.of("R2")));
        Group discovery = new Group("discovery", "Discovery", "Workshops and a clickable prototype.", List.of(
                injected,
                labour("D2", "Clickable prototype", Quantity.of(d("3.5")), Unit.DAYS, "ux")), null);
        Group integrations = new Group("integrations", "Integrations", null, List.of(
                labour("I1", "ERP connector coordination", Quantity.of(d("4")), Unit.DAYS, "pm"),
                labour("I2", "Payment provider", Quantity.of(d("13")), Unit.HOURS, "dev"),
                priced("I3", "Connector licence", Category.LICENCE, "3", Unit.LICENCES, "33.335", "20", false)), null);
        Group build = new Group("build", "Build", "Implementation of the shop.", List.of(
                new LineItem("B1", "Catalogue and search", "Product pages, filters, search.", Category.LABOUR,
                        Quantity.threePoint(d("8"), d("10"), d("15")), Unit.DAYS, "dev", null, null, false,
                        why(Basis.HISTORICAL_DATA, "Three comparable catalogues took 9 to 14 days.", List.of("A1"),
                                List.of("R1"))),
                priced("B2", "Hosting, first year", Category.THIRD_PARTY_SERVICE, "12", Unit.MONTHS, "95", "80", true),
                priced("B4", "Travel to the client", Category.TRAVEL, "2", Unit.TRIPS, "412.37", null, false)),
                List.of(integrations));
        LineItem staticExport = labour("B3", "Static export", Quantity.of(d("2")), Unit.DAYS, "dev");
        LineItem saas = priced("B1b", "Hosted catalogue SaaS", Category.LICENCE, "12", Unit.MONTHS, "300", "250", false);
        return new Estimate(header, rates, List.of(discovery, build),
                List.of(new Assumption("A1", "The client supplies product data as CSV.", Owner.CLIENT,
                                "Data cleansing is not estimated.", new CostImpact(List.of("B1"), d("2400"), null,
                                "About three extra days of import work.")),
                        new Assumption("A2", "The ERP API is documented.", Owner.CLIENT, null,
                                new CostImpact(List.of("B1", "I1"), null, d("15"), "Reverse engineering.")),
                        new Assumption("A3", "One round of review per deliverable.", Owner.PROVIDER, null,
                                new CostImpact(null, null, d("5"), "Extra review rounds.")),
                        new Assumption("A4", "The client's team is available.", Owner.CLIENT, null, null)),
                List.of(new Exclusion("X1", "Product photography.", "The client's agency supplies images.")),
                List.of(new Risk("R1", "The ERP's API is slower than documented.", d("30"),
                                new CostRange(d("1500"), d("4500")), "Spike in week one.", List.of("B1")),
                        new Risk("R2", "Workshops need a second round.", d("12.5"), new CostRange(d("1000"), d("2333")),
                                null, List.of("D1"))),
                new Contingency(ContingencyMethod.PERCENT, d("8"), null, "Covers the listed risks at about 80 %."),
                List.of(new Adjustment("loyalty", AdjustmentKind.DISCOUNT, "Third project together.", d("5"), null),
                        new Adjustment("rush", AdjustmentKind.SURCHARGE, "Weekend work for the launch date.", null,
                                d("1250.50")),
                        new Adjustment("early", AdjustmentKind.DISCOUNT, "Signature before 15 December.", d("2.5"),
                                null)),
                new Tax("VAT", d("22")),
                List.of(new Milestone("Signature", d("30"), "On signature"),
                        new Milestone("Beta", d("45"), "At beta"),
                        new Milestone("Go-live", d("25"), "At acceptance")),
                List.of("Prices are valid until the date shown."),
                List.of(new Alternative("lean", "Lean launch", "Launch sooner with a smaller scope.",
                                "Saves money and two weeks.", "No hosting bundle; a hosted catalogue instead.", null,
                                List.of(new Change.Drop("B2"),
                                        new Change.ChangeQuantity("D2", Quantity.of(d("2"))),
                                        new Change.ChangeRate("dev", d("680")),
                                        new Change.Add("build", staticExport),
                                        new Change.Swap("B1", saas))),
                        new Alternative("phased", "Phased", "Spread the cost over two budgets.", "Lower first budget.",
                                "Integrations come later.", "lean",
                                List.of(new Change.ChangeUnitPrice("I3", d("31.10")),
                                        new Change.ChangeQuantity("D1", Quantity.threePoint(d("10"), d("12"), d("20")))))),
                new InternalSection(d("95000"), d("82000"), d("8"), "Client is comparing us with one other agency."));
    }

    /**
     * Nothing but one group of items, in yen: no tax, contingency, adjustments, risks, milestones
     * or alternatives, and a daily rate on an hours item that does not divide evenly.
     */
    static Estimate bare() {
        return valid(Estimates.withItems("JPY", Estimates.rateCard("85555", null, RatePeriod.DAY),
                Estimates.priced("P1", "3", "1999.5"),
                Estimates.labour("L1", Quantity.of(d("13")), Unit.HOURS)));
    }

    /**
     * A 90 % discount and 10 % tax on lines whose sum a spreadsheet holds as 509.849999...: the net
     * must still be 509.85 and the tax 50.99 (0.5 cent rounds up), not 50.98. Found by QA.
     */
    static Estimate steepDiscount() {
        Estimate items = Estimates.withItems("EUR", Estimates.rateCard("650", null, RatePeriod.DAY), Estimates.priced("A", "1", "605.46"),
                Estimates.priced("B", "1", "4260.82"), Estimates.priced("C", "1", "232.23"));
        return valid(new Estimate(items.header(), items.rateCard(), items.breakdown(), null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("0"), null, "None needed."),
                List.of(new Adjustment("d", AdjustmentKind.DISCOUNT, "Pilot for a partner", d("90"), null)),
                new Tax("VAT", d("10")), null, null, null, null));
    }

    /**
     * Yen figures that land exactly on .5 but that binary floating point holds just below it
     * (1.15 × 6990 = 8038.5 is 8038.499999999999 in a double): a spreadsheet must still round them
     * up. LibreOffice's ROUND(x;0) alone did not (issue 14); these are ties it got wrong.
     */
    static Estimate yenTies() {
        Estimate items = Estimates.withItems("JPY", Estimates.rateCard("85555", null, RatePeriod.DAY),
                Estimates.priced("T1", "1.15", "6990"), Estimates.priced("T2", "300.34", "75"),
                Estimates.priced("T3", "736.30", "85"), Estimates.priced("T4", "584.30", "801475"));
        return valid(new Estimate(items.header(), items.rateCard(), items.breakdown(), null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("0"), null, "None needed."), List.of(),
                new Tax("Consumption tax", d("10")), List.of(new Milestone("Start", d("35"), null),
                new Milestone("End", d("65"), null)), null, null, null));
    }

    /**
     * Recurring charges in a three-decimal currency: a one-time item, hosting monthly for 36 months,
     * a licence yearly for 36 months and support quarterly for 18 months; a discount on both parts, a
     * surcharge on the recurring part only, tax; an alternative that rents what the baseline buys.
     */
    static Estimate recurringDinars() {
        Group group = new Group("g", "Group", null, List.of(
                Estimates.priced("A", "10", "100.000"),
                Estimates.labour("B", Quantity.of(d("2.5")), Unit.DAYS),
                Estimates.priced("H", "1", "95.000").recurring(dev.estimator.core.model.RecurrencePeriod.MONTH, 36),
                Estimates.priced("L", "1", "1200.000").recurring(dev.estimator.core.model.RecurrencePeriod.YEAR, 36),
                Estimates.priced("S", "1", "333.333").recurring(dev.estimator.core.model.RecurrencePeriod.QUARTER, 18)),
                null);
        RateCard rates = Estimates.rateCard("210.125", null, RatePeriod.DAY);
        Estimate base = Estimates.withItems("KWD", rates, Estimates.priced("X", "1", "1"));
        return valid(new Estimate(base.header(), rates, List.of(group), null, null, null,
                new Contingency(ContingencyMethod.PERCENT, d("10"), null, "Risks."),
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Loyalty.", d("5"), null,
                                dev.estimator.core.model.AdjustmentScope.BOTH),
                        new Adjustment("support", AdjustmentKind.SURCHARGE, "Weekend support.", d("2.5"), null,
                                dev.estimator.core.model.AdjustmentScope.RECURRING)),
                new Tax("VAT", d("15")), List.of(new Milestone("All", d("100"), null)), null,
                List.of(new Alternative("rent", "Rent", "No purchase.", "Nothing up front.", "More over three years.",
                        null, List.of(new Change.Swap("A", Estimates.priced("A2", "10", "4.125")
                                .recurring(dev.estimator.core.model.RecurrencePeriod.MONTH, 36))))), null));
    }

    /**
     * A few seeded random estimates, two in each of JPY, EUR and KWD (three decimals): every
     * workbook test, LibreOffice's recalculation included, runs on them too.
     */
    static List<Named> randomSample() {
        List<Named> sample = new ArrayList<>();
        for (String currency : List.of("JPY", "EUR", "KWD")) {
            dev.estimator.core.RandomEstimates.valid(7_000L, 200)
                    .filter(s -> s.estimate().header().currency().getCurrencyCode().equals(currency))
                    // the what-if tests change a fixed quantity: keep samples that have one
                    .filter(s -> s.estimate().allItems().anyMatch(i -> i.quantity() instanceof Quantity.Fixed))
                    .limit(2)
                    .forEach(s -> sample.add(new Named("random " + s, s.estimate())));
        }
        return sample;
    }

    /** Fails when a fixture is not a valid estimate: the tests must exercise real estimates only. */
    static Estimate valid(Estimate estimate) {
        var problems = EstimateValidator.validate(estimate);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " problems, e.g. " + problems.subList(0, Math.min(3,
                    problems.size())));
        }
        return estimate;
    }
}
