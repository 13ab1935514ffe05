package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An item's own unit is shown, in its singular or plural, by every format (read back independently). */
class CustomUnitExportTest {

    private static final Estimate ESTIMATE = EstimateFiles.parse("""
            header:
              title: Verifiche di sicurezza
              client: {name: Rossi Outdoor S.r.l., kind: external}
              provider: {name: Studio Bianchi S.r.l.}
              currency: EUR
              language: it
              issueDate: 2026-11-20
              estimateClass: 3
            breakdown:
              - id: g
                title: Verifiche
                items:
                  - {id: V1, title: Controlli partita IVA, category: other, quantity: 6, unitPrice: 85,
                     unit: {name: verifica, plural: verifiche, gender: feminine},
                     justification: {basis: historical-data, reasoning: Tariffa abituale.}}
                  - {id: V2, title: Sopralluogo, category: travel, quantity: 1, unitPrice: 120,
                     unit: {name: ispezione in loco, plural: ispezioni in loco, gender: feminine},
                     justification: {basis: historical-data, reasoning: Tariffa abituale.}}
            tax: {name: IVA, percent: 22}
            milestones:
              - {name: Firma, percent: 100}
            """, "units.yaml", false).orThrow();

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "html", "xlsx"})
    void theUnitIsShownInEveryFormat(String format) {
        String text = DocumentReadBack.of(format, ExporterContractTest.export(format, ESTIMATE, Audience.CLIENT)).text();
        assertTrue(text.contains("verifiche"), () -> format + " shows the plural for 6:\n" + text);
        if (!format.equals("xlsx")) {
            // The workbook's unit column names the unit on its own (the plural); the documents phrase the quantity.
            assertTrue(text.contains("1 ispezione in loco"), () -> format + " shows the singular for 1:\n" + text);
        }
    }
}
