package dev.estimator.core.model;

import static dev.estimator.core.Estimates.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.validation.EstimateValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateBuilderTest {

    @Test
    void theBuilderGivesTheSameEstimateAsTheConstructorsAndAValidOne() {
        LineItem work = LineItem.labour("B1", "Templates", Quantity.threePoint("4", "5", "8"), Unit.DAYS, "dev",
                Justification.of(Basis.EXPERT_JUDGMENT, "One day a page."));
        LineItem licence = LineItem.priced("L1", "CMS licence", Category.LICENCE, Quantity.of(12), Unit.MONTHS,
                d("49.90"), Justification.of(Basis.VENDOR_QUOTE, "List price.")).asOptional();
        Estimate built = Estimate.builder("Website", "EUR", "it")
                .purpose("Budget").client("ACME", ClientKind.EXTERNAL, "Ada").provider("Northwind", "hello@nw.example")
                .author("Jane").locale("it-IT").issued(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20))
                .revision(2, "Licence added.").estimateClass(4).accuracy(-25, 40).hoursPerDay("7.5")
                .role("dev", "Developer", "720", "430", RatePeriod.DAY)
                .group("build", "Build", work, licence)
                .exclusion("Hosting", "The client hosts.")
                .contingencyPercent("5", "Small reserve.")
                .discountPercent("loyal", "3", "Returning client.")
                .tax("IVA", "22")
                .milestone("Start", "50", null).milestone("End", "50", "At acceptance")
                .term("Prices in EUR.")
                .internal("6000", "5000", "5", "Keep it friendly.")
                .build();
        Estimate expected = new Estimate(
                new Header("Website", "Budget", new Client("ACME", ClientKind.EXTERNAL, "Ada"),
                        new Party("Northwind", "hello@nw.example"), "Jane", java.util.Currency.getInstance("EUR"), "it",
                        java.util.Locale.forLanguageTag("it-IT"), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20),
                        new Revision(2, "Licence added."), 4, AccuracyRange.of(-25, 40)),
                new RateCard(d("7.5"), List.of(new Role("dev", "Developer", d("720"), d("430"), RatePeriod.DAY))),
                List.of(new Group("build", "Build", null, List.of(work, licence), null)), null,
                List.of(new Exclusion(null, "Hosting", "The client hosts.")), null,
                new Contingency(ContingencyMethod.PERCENT, d("5"), null, "Small reserve."),
                List.of(new Adjustment("loyal", AdjustmentKind.DISCOUNT, "Returning client.", d("3"), null)),
                new Tax("IVA", d("22")),
                List.of(new Milestone("Start", d("50"), null), new Milestone("End", d("50"), "At acceptance")),
                List.of("Prices in EUR."), null, new InternalSection(d("6000"), d("5000"), d("5"), "Keep it friendly."));
        assertEquals(expected, built);
        assertEquals(List.of(), EstimateValidator.validate(built));
        assertEquals(built, EstimateFiles.parse(EstimateFiles.toYaml(built), "built.yaml", false).orThrow());
        // 5.33 × 720 + 12 × 49.90 = 4436.40; +5 % = 4658.22; −3 % (139.75) = 4518.47; +22 % (994.06)
        assertEquals(d("5512.53"), EstimateCalculator.calculate(built).grandTotal());
    }

    @Test
    void theBuilderCarriesThePartiesReferenceAndAnItemsOwnUnit() {
        Client client = new Client("Fondazione Alpina", ClientKind.THIRD_PARTY, "Ada", "Acquisti", "Via Roma 1, Milano",
                null, "Comune di Bormio");
        Party provider = new Party("Studio Bianchi S.r.l.", "Chiara Rinaldi", "Corso Francia 8, Torino", "IT12345678903",
                "REA TO-1234567", "RSSMRA85T10A562S", "+39 011 123 4567", "preventivi@studiobianchi.example");
        LineItem checks = LineItem.priced("V1", "Verifiche", Category.OTHER, Quantity.of(6), Unit.PIECES, d("85"),
                Justification.of(Basis.HISTORICAL_DATA, "Tariffa abituale."))
                .withCustomUnit(new CustomUnit("verifica", "verifiche", GrammaticalGender.FEMININE));
        Estimate built = Estimate.builder("Verifiche", "EUR", "it").reference("PRV-2026-0042").client(client)
                .provider(provider).issued(LocalDate.of(2026, 11, 20), null).estimateClass(3)
                .group("g", "Verifiche", checks).milestone("Firma", "100", null).build();
        assertEquals("PRV-2026-0042", built.header().reference());
        assertEquals(client, built.header().client());
        assertEquals(provider, built.header().provider());
        assertEquals(Unit.CUSTOM, built.item("V1").orElseThrow().unit());
        assertEquals(List.of(), EstimateValidator.validate(built));
        assertEquals(built, EstimateFiles.parse(EstimateFiles.toYaml(built), "built.yaml", false).orThrow());
        // The item's own unit survives every copy of the item (a changed quantity, an optional flag).
        assertEquals(checks.customUnit(), checks.withQuantity(Quantity.of(7)).asOptional().customUnit());
    }
}
