package dev.estimator.core.compare;

import static dev.estimator.core.Estimates.because;
import static dev.estimator.core.Estimates.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.EstimateBuilder;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bridges worked by hand: every step is the difference of two totals computed on paper. */
class RevisionBridgeTest {

    static EstimateBuilder base(String currency, int revision) {
        return Estimate.builder("Shop", currency, "en").client("ACME", ClientKind.EXTERNAL).provider("Northwind")
                .issued(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20)).estimateClass(3)
                .revision(revision, revision == 1 ? null : "What changed.");
    }

    static LineItem days(String id, String quantity, String role) {
        return LineItem.labour(id, "Work " + id, Quantity.of(d(quantity)), Unit.DAYS, role, because());
    }

    static LineItem pieces(String id, String quantity, String unitPrice) {
        return LineItem.priced(id, "Thing " + id, Category.HARDWARE, Quantity.of(d(quantity)), Unit.PIECES,
                d(unitPrice), because());
    }

    static Estimate withChanges(Estimate estimate, RevisionChange... changes) {
        Revision r = estimate.header().revision();
        return estimate.withHeader(estimate.header().withRevision(new Revision(r.number(), r.note(), List.of(changes))));
    }

    static List<String> amounts(RevisionBridge bridge) {
        return bridge.steps().stream().map(s -> s.amount().toPlainString()).toList();
    }

    @Test
    void euroBridgeWorkedByHand() {
        // Previous: 7,000 + 3,500 + 300 = 10,800; +10 % = 11,880; -5 % = 11,286; +22 % VAT = 13,768.92.
        Estimate previous = base("EUR", 1).role("dev", "Developer", "700", "400", RatePeriod.DAY)
                .group("build", "Build", days("B1", "10", "dev"), days("B2", "5", "dev"), pieces("H1", "2", "150"))
                .contingencyPercent("10", "Risks.").discountPercent("loyalty", "5", "Third project.").tax("VAT", "22")
                .build();
        // Current: 8,640 + 2,160 + 330 = 11,130; +8 % = 12,020.40; -5 % = 11,419.38; +22 % = 13,931.64.
        Estimate current = withChanges(base("EUR", 2).role("dev", "Developer", "720", "420", RatePeriod.DAY)
                        .group("build", "Build", days("B1", "12", "dev"), pieces("H1", "2", "165"))
                        .group("launch", "Launch", days("B3", "3", "dev"))
                        .contingencyPercent("8", "Fewer risks.").discountPercent("loyalty", "5", "Third project.")
                        .tax("VAT", "22").build(),
                new RevisionChange(List.of("B1"), null, "Two more days for the search the client asked for."),
                new RevisionChange(null, List.of("B2"), "The client hosts the shop itself."));
        assertEquals(List.of(), EstimateValidator.validate(current));

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(d("13768.92"), bridge.previousTotal());
        assertEquals(d("13931.64"), bridge.currentTotal());
        assertEquals(d("162.72"), bridge.difference());
        // B2 out: 7,300 → 13,768.92 - 9,306.77; B3 in at the old rate (2,100): 11,984.06; B1 10 → 12 days:
        // back to a 10,800 subtotal, 13,768.92; rate 700 → 720: 14,151.39; H1 150 → 165: 14,189.64;
        // contingency 10 → 8 %: 13,931.64.
        assertEquals(List.of("-4462.15", "2677.29", "1784.86", "382.47", "38.25", "-258.00"), amounts(bridge));
        assertEquals(List.of(BridgePhase.SCOPE, BridgePhase.SCOPE, BridgePhase.QUANTITY, BridgePhase.RATE,
                BridgePhase.UNIT_PRICE, BridgePhase.CONTINGENCY), bridge.steps().stream().map(s -> s.cause().phase()).toList());
        assertEquals("The client hosts the shop itself.", bridge.steps().get(0).reason().orElseThrow());
        assertEquals("Two more days for the search the client asked for.", bridge.steps().get(2).reason().orElseThrow());
        assertTrue(bridge.steps().get(1).reason().isEmpty());
        var quantity = (BridgeCause.QuantityChanged) bridge.steps().get(2).cause();
        assertEquals(d("10"), quantity.pricedBefore());
        assertEquals(d("12"), quantity.pricedAfter());
        ItemMatch b3 = bridge.match().item("B3").orElseThrow();
        assertEquals(MatchStatus.ADDED, b3.status());
        assertEquals(List.of(), bridge.warnings());

        // Internal: cost 10 × 400 + 5 × 400 + 300 = 6,300 → 12 × 420 + 3 × 420 + 330 = 6,630.
        CostMovement cost = bridge.costMovement().orElseThrow();
        assertEquals(d("6300.00"), cost.costBefore());
        assertEquals(d("6630.00"), cost.costAfter());
        assertEquals(cost.costChange(), sum(bridge.steps().stream().map(s -> s.costChange().orElseThrow()).toList()));
        assertEquals(cost.marginChange(), sum(bridge.steps().stream().map(s -> s.marginChange().orElseThrow()).toList()));
        // Client view: no cost anywhere.
        RevisionBridge client = RevisionBridge.between(previous.redactedFor(dev.estimator.core.model.Audience.CLIENT),
                current.redactedFor(dev.estimator.core.model.Audience.CLIENT));
        assertTrue(client.costMovement().isEmpty());
        assertTrue(client.steps().stream().allMatch(s -> s.costChange().isEmpty() && s.marginChange().isEmpty()));
        assertEquals(amounts(bridge), amounts(client));
    }

    @Test
    void yenBridgeWorkedByHand() {
        // Previous: 20 days × ¥80,000 = ¥1,600,000 + 8 % = ¥1,728,000.
        Estimate previous = base("JPY", 1).role("dev", "Developer", "80000", null, RatePeriod.DAY)
                .group("sv", "Server", days("S1", "15", "dev"), days("S2", "5", "dev")).tax("消費税", "8").build();
        // Current: ¥1,520,000 − 3 % (¥45,600) = ¥1,474,400 + 10 % = ¥1,621,840.
        Estimate current = base("JPY", 2).role("dev", "Developer", "80000", null, RatePeriod.DAY)
                .group("sv", "Server", days("S1", "10", "dev"), days("S2", "5", "dev"))
                .group("app", "App", days("AP3", "4", "dev"))
                .discountPercent("volume", "3", "Volume.").tax("消費税", "10").build();

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(d("-106160"), bridge.difference());
        // AP3 in: ¥2,073,600; S1 15 → 10 days: ¥1,641,600; 3 % off: ¥1,592,352; tax 8 → 10 %: ¥1,621,840.
        assertEquals(List.of("345600", "-432000", "-49248", "29488"), amounts(bridge));
        assertTrue(bridge.steps().get(2).cause() instanceof BridgeCause.AdjustmentAdded);
        assertTrue(bridge.steps().get(3).cause() instanceof BridgeCause.TaxChanged);
        assertTrue(bridge.costMovement().isEmpty());
    }

    @Test
    void threeDecimalBridgeWorkedByHand() {
        // Previous: 10 h × 12.345 + 3 × 1.999 = 129.447; + 5.000 = 134.447; + 5 % = 141.169.
        Estimate previous = base("KWD", 1).role("dev", "Developer", "12.345", null, RatePeriod.HOUR)
                .group("g", "Work", LineItem.labour("K1", "Build", Quantity.of(d("10")), Unit.HOURS, "dev", because()),
                        pieces("K2", "3", "1.999"))
                .contingency(new Contingency(ContingencyMethod.AMOUNT, null, d("5"), "Flat.")).tax("VAT", "5").build();
        Estimate current = base("KWD", 2).role("dev", "Developer", "13.105", null, RatePeriod.HOUR)
                .group("g", "Work", LineItem.labour("K1", "Build", Quantity.threePoint("9", "11", "16"), Unit.HOURS,
                        "dev", because()), pieces("K2", "3", "1.999").asOptional())
                .contingencyPercent("4", "Percent now.")
                .adjustment(new Adjustment("rush", AdjustmentKind.SURCHARGE, "Rush.", d("2.5"), null))
                .tax("VAT", "5").build();

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(d("141.169"), bridge.previousTotal());
        assertEquals(d("175.399"), bridge.currentTotal());
        // K1 10 → 11.50 h (PERT): 160.613; rate 12.345 → 13.105: 169.790; K2 optional: 0;
        // contingency 5.000 → 4 %: 171.122; rush +2.5 %: 175.399.
        assertEquals(List.of("19.444", "9.177", "0.000", "1.332", "4.277"), amounts(bridge));
        assertTrue(bridge.steps().get(2).cause() instanceof BridgeCause.OptionalChanged o && o.optional());
    }

    @Test
    void renamedAndMovedItemsAreReportedAndCostNothing() {
        Estimate previous = base("EUR", 1).role("dev", "Developer", "700", null, RatePeriod.DAY)
                .group("build", "Build", days("B1", "10", "dev"), days("B2", "2", "dev")).build();
        LineItem renamed = new LineItem("B1", "Catalogue", null, Category.LABOUR, Quantity.of(d("10")), Unit.DAYS,
                "dev", null, null, false, because());
        Estimate current = base("EUR", 2).role("dev", "Developer", "700", null, RatePeriod.DAY)
                .group("build", "Build", renamed).group("run", "Run", days("B2", "2", "dev")).build();

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(List.of(), bridge.steps());
        assertTrue(bridge.match().item("B1").orElseThrow().renamed());
        assertTrue(bridge.match().item("B2").orElseThrow().moved());
        assertEquals(BigDecimal.ZERO.setScale(2), bridge.difference());
    }

    static Estimate oneItem(String currency, int revision, String rate, String group, String item, String days) {
        return base(currency, revision).role("dev", "Developer", rate, null, RatePeriod.DAY)
                .group(group, "Group " + group, days(item, days, "dev")).build();
    }

    @Test
    void unrelatedFilesAndAnOlderRevisionGiveWarnings() {
        Estimate previous = oneItem("EUR", 2, "700", "build", "B1", "10");
        Estimate current = oneItem("EUR", 2, "700", "other", "Z1", "3");

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        assertEquals(List.of(ComparisonWarning.NO_IDS_IN_COMMON, ComparisonWarning.REVISION_NOT_HIGHER),
                bridge.warnings());
        assertEquals(bridge.difference(), sum(bridge.steps().stream().map(BridgeStep::amount).toList()));
    }

    @Test
    void differentCurrenciesAreRefused() {
        Estimate euros = oneItem("EUR", 1, "700", "build", "B1", "10");
        Estimate yen = oneItem("JPY", 2, "80000", "build", "B1", "10");
        assertThrows(IllegalArgumentException.class, () -> RevisionBridge.between(euros, yen));
    }

    @Test
    void bridgingTwiceGivesEqualResults() {
        Estimate previous = oneItem("EUR", 1, "700", "build", "B1", "10");
        Estimate current = oneItem("EUR", 2, "750", "build", "B1", "11");
        assertEquals(RevisionBridge.between(previous, current), RevisionBridge.between(previous, current));
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
