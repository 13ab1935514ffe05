package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.TaxRateAmount;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.CustomUnit;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.GrammaticalGender;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parties, references and custom units in the file format: read, written back, schema-valid, totalled. */
class PartiesFormatTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(EstimateFiles.schema());

    @Test
    void everyPartyFieldReadsAndWritesBack() throws Exception {
        Estimate estimate = EstimateFiles.load(Path.of("src/test/resources/parties/parties-it.yaml")).orThrow();
        var header = estimate.header();
        assertEquals("PRV-2026-0042", header.reference());
        assertEquals("Ufficio acquisti", header.client().department());
        assertEquals("Via Roma 12\n20121 Milano MI", header.client().address());
        assertEquals("Fondazione Alpina", header.client().onBehalfOf());
        assertEquals(ClientKind.THIRD_PARTY, header.client().kind());
        assertEquals("Corso Francia 8, 10138 Torino TO", header.provider().address());
        assertEquals("IT12345678903", header.provider().taxId());
        assertEquals("RSSMRA85T10A562S", header.provider().fiscalCode());
        assertEquals("REA TO-1234567", header.provider().registration());
        assertEquals("+39 011 123 4567", header.provider().phone());
        assertEquals("preventivi@studiobianchi.example", header.provider().email());
        var v1 = estimate.item("V1").orElseThrow();
        assertEquals(Unit.CUSTOM, v1.unit());
        assertEquals(new CustomUnit("verifica", "verifiche", GrammaticalGender.FEMININE), v1.customUnit());
        assertNull(estimate.item("V2").orElseThrow().customUnit());

        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toYaml(estimate), "w.yaml", false).orThrow());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toJson(estimate), "w.json", true).orThrow());
        assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(EstimateFiles.toJson(estimate))));
    }

    @Test
    void theTaxIsBrokenDownByRateAndAddsUpToTheTaxTotal() throws Exception {
        // 6 × 85 + 1 × 120 = 630.00 net; IVA 22 % of 630.00 = 138.60.
        EstimateTotals totals = EstimateCalculator.calculate(
                EstimateFiles.load(Path.of("src/test/resources/parties/parties-it.yaml")).orThrow());
        assertEquals(new BigDecimal("630.00"), totals.net());
        assertEquals(List.of(new TaxRateAmount(new BigDecimal("22"), new BigDecimal("630.00"),
                new BigDecimal("138.60"))), totals.taxByRate());
        assertEquals(totals.tax(), totals.taxByRate().stream().map(TaxRateAmount::tax)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anInternalChargeWithoutTaxHasNoTaxLine() throws Exception {
        Estimate estimate = EstimateFiles.load(Path.of("src/test/resources/parties/internal-charge.yaml")).orThrow();
        assertEquals("CC-4410 Finance Operations", estimate.header().client().costCentre());
        assertNull(estimate.item("A").orElseThrow().customUnit().gender());
        assertEquals("pipelines", estimate.item("A").orElseThrow().customUnit().forQuantity(BigDecimal.valueOf(3)));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        assertEquals(new BigDecimal("4500.00"), totals.grandTotal());
        assertTrue(totals.taxByRate().isEmpty());
        assertEquals(estimate, EstimateFiles.parse(EstimateFiles.toYaml(estimate), "w.yaml", false).orThrow());
    }
}
