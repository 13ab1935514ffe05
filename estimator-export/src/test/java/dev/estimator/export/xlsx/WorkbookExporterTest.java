package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook is a live model that agrees with the calculator to the cent: read back with POI's
 * non-streaming reader, every formula is evaluated by POI's own evaluator and every named figure
 * compared with {@link EstimateCalculator}; then an input is changed and the totals must move as
 * the calculator says they do.
 */
class WorkbookExporterTest {

    static Stream<WorkbookFixtures.Named> estimates() {
        return WorkbookFixtures.all();
    }

    @Test
    void fixtureIsAValidEstimate() {
        WorkbookFixtures.valid(WorkbookFixtures.rich());
    }

    @Test
    void writesXlsx() {
        assertEquals("xlsx", new WorkbookExporter().extension());
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void evaluatedFormulasMatchTheCalculator(WorkbookFixtures.Named named) throws Exception {
        for (Audience audience : Audience.values()) {
            Estimate estimate = named.estimate().redactedFor(audience);
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(named.estimate(), audience))) {
                FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
                evaluator.evaluateAll();
                assertFigures(workbook, WorkbookFiles.expectedFigures(estimate, totals), totals.rounding().scale(),
                        named + " " + audience);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void cachedFiguresAreTheCalculatorsOwn(WorkbookFixtures.Named named) throws Exception {
        for (Audience audience : Audience.values()) {
            Estimate estimate = named.estimate().redactedFor(audience);
            EstimateTotals totals = EstimateCalculator.calculate(estimate);
            try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(named.estimate(), audience))) {
                assertFigures(workbook, WorkbookFiles.expectedFigures(estimate, totals), totals.rounding().scale(),
                        named + " " + audience + " before any evaluation");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void cachedResultsAreWhatTheFormulasEvaluateTo(WorkbookFixtures.Named named) throws Exception {
        for (Audience audience : Audience.values()) {
            assertCachedResultsEvaluate(named + " " + audience, WorkbookFiles.export(named.estimate(), audience));
        }
    }

    private static void assertCachedResultsEvaluate(String named, byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = WorkbookFiles.read(xlsx)) {
            List<Cell> formulas = new ArrayList<>();
            List<Double> cached = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(cell);
                            cached.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
            assertTrue(formulas.size() > 20, "a live model has formulas");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < formulas.size(); i++) {
                Cell cell = formulas.get(i);
                double evaluated = cell.getNumericCellValue();
                if (Math.abs(evaluated - cached.get(i)) > 1e-6 * Math.max(1, Math.abs(evaluated))) {
                    wrong.add(cell.getSheet().getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula()
                            + " cached " + cached.get(i) + " evaluates to " + evaluated);
                }
            }
            assertTrue(wrong.isEmpty(), named + ": " + String.join("\n", wrong));
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void changingAQuantityMovesTheTotalsAsTheCalculatorDoes(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate();
        LineItem item = estimate.allItems().filter(i -> i.quantity() instanceof Quantity.Fixed).findFirst().orElseThrow();
        BigDecimal newQuantity = ((Quantity.Fixed) item.quantity()).value().add(new BigDecimal("7.25"));
        Estimate changed = estimate.withBreakdown(estimate.breakdown().stream().map(g -> g.mapItems(i ->
                i.id().equals(item.id()) ? i.withQuantity(Quantity.of(newQuantity)) : i)).toList());
        EstimateTotals expected = EstimateCalculator.calculate(changed.redactedFor(Audience.CLIENT));
        assertFalse(expected.grandTotal().equals(EstimateCalculator.calculate(estimate).grandTotal()),
                "the change must move the total, else the test proves nothing");

        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            Cell quantity = breakdownCell(workbook, item.id(), "Quantity", estimate);
            assertEquals(CellType.NUMERIC, quantity.getCellType(), "a fixed quantity is an input");
            quantity.setCellValue(newQuantity.doubleValue());
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertFigures(workbook, WorkbookFiles.expectedFigures(changed, expected), expected.rounding().scale(),
                    named + " after changing " + item.id());
        }
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void changingARateAndTheTaxMovesTheTotalsAsTheCalculatorDoes(WorkbookFixtures.Named named) throws Exception {
        Estimate estimate = named.estimate();
        // A workbook cannot rerun the simulation: a simulated contingency stays the amount it came to,
        // where the calculator would simulate the changed estimate afresh.
        org.junit.jupiter.api.Assumptions.assumeFalse(estimate.contingency() != null
                && estimate.contingency().method() == dev.estimator.core.model.ContingencyMethod.SIMULATION,
                "a simulated contingency is a value in the workbook");
        Role role = estimate.rateCard().roles().getFirst();
        BigDecimal newRate = role.rate().add(new BigDecimal("13.37"));
        Estimate changed = estimate.withRateCard(new RateCard(estimate.rateCard().hoursPerDay(),
                estimate.rateCard().roles().stream().map(r -> r == role ? r.withRate(newRate) : r).toList()));
        BigDecimal newTax = estimate.tax() == null ? null : estimate.tax().percent().add(BigDecimal.ONE);
        if (newTax != null) {
            changed = new Estimate(changed.header(), changed.rateCard(), changed.breakdown(), changed.assumptions(),
                    changed.exclusions(), changed.risks(), changed.contingency(), changed.adjustments(),
                    new Tax(estimate.tax().name(), newTax), changed.milestones(), changed.terms(),
                    changed.alternatives(), changed.internal())
                    .withCommercial(estimate.commercial()).withSchedule(estimate.schedule());
        }
        EstimateTotals expected = EstimateCalculator.calculate(changed.redactedFor(Audience.CLIENT));
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            namedCell(workbook, WorkbookFiles.name("Rate", role.id(), "")).setCellValue(newRate.doubleValue());
            if (newTax != null) {
                namedCell(workbook, "Tax_Percent").setCellValue(newTax.doubleValue());
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertFigures(workbook, WorkbookFiles.expectedFigures(changed, expected), expected.rounding().scale(),
                    named + " after changing the rate of " + role.id() + " and the tax");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Estimate estimate = WorkbookFixtures.rich();
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            Cell description = breakdownCell(workbook, "D1", "Description", estimate);
            assertEquals(CellType.STRING, description.getCellType());
            assertEquals("=SUM(A1:A3) is not a formula", description.getStringCellValue());
            Cell title = breakdownCell(workbook, "D1", "Title", estimate);
            assertEquals("+Discovery workshops", title.getStringCellValue());
            assertTrue(description.getCellStyle().getQuotePrefixed(), "quote prefix: editing keeps it text");
            assertTrue(title.getCellStyle().getQuotePrefixed());
            assertFalse(breakdownCell(workbook, "D2", "Title", estimate).getCellStyle().getQuotePrefixed(),
                    "plain text keeps its plain style");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertFalse(cell.getCellFormula().contains("A1:A3"), cell.getAddress().toString());
                        }
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("^[=+@-].*")) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), () -> sheet.getSheetName() + "!"
                                    + cell.getAddress() + " " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTitleWithCharactersXmlCannotHoldStillSaves() throws Exception {
        Estimate rich = WorkbookFixtures.rich();
        var h = rich.header();
        Estimate estimate = new Estimate(new dev.estimator.core.model.Header("Shop\u0000 rebuild \ud800", h.purpose(),
                h.client(), h.provider(), h.author(), h.currency(), h.language(), h.locale(), h.issueDate(),
                h.validUntil(), h.revision(), h.estimateClass(), h.accuracy()), rich.rateCard(), rich.breakdown(),
                rich.assumptions(), rich.exclusions(), rich.risks(), rich.contingency(), rich.adjustments(), rich.tax(),
                rich.milestones(), rich.terms(), rich.alternatives(), rich.internal());
        try (XSSFWorkbook workbook = WorkbookFiles.read(WorkbookFiles.export(estimate, Audience.CLIENT))) {
            assertEquals("Shop rebuild ", workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    /** The Breakdown cell of an item, by its id in the first column and the header's label. */
    static Cell breakdownCell(XSSFWorkbook workbook, String itemId, String englishHeader, Estimate estimate) {
        WorkbookText text = WorkbookText.forLanguage(estimate.header().language());
        Sheet sheet = workbook.getSheet(text.text("sheet.breakdown"));
        String header = switch (englishHeader) {
            case "Quantity" -> text.label("label.quantity");
            case "Description" -> text.label("label.description");
            case "Title" -> text.label("label.title");
            default -> throw new IllegalArgumentException(englishHeader);
        };
        int col = -1;
        Row headerRow = sheet.getRow(BreakdownLayout.HEADER_ROW);
        for (Cell cell : headerRow) {
            if (header.equals(cell.getStringCellValue())) {
                col = cell.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            Cell id = row.getCell(0);
            if (row.getRowNum() > BreakdownLayout.HEADER_ROW && id != null && id.getCellType() == CellType.STRING
                    && itemId.equals(id.getStringCellValue())) {
                return row.getCell(col);
            }
        }
        throw new AssertionError("no row for item " + itemId);
    }

    static void assertFigures(XSSFWorkbook workbook, Map<String, BigDecimal> expected, int scale, String what) {
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> figure : expected.entrySet()) {
            checks.add(() -> {
                Cell cell = namedCell(workbook, figure.getKey());
                int decimals = figure.getKey().endsWith("Percent") ? 2 : scale;
                double value = cell.getNumericCellValue();
                assertEquals(figure.getValue().setScale(decimals), WorkbookFiles.atScale(value, decimals),
                        what + ": " + figure.getKey());
                assertTrue(Math.abs(value - figure.getValue().doubleValue()) < 1e-6,
                        what + ": " + figure.getKey() + " is " + value + ", not exactly " + figure.getValue());
            });
        }
        assertAll(what, checks);
    }

    static Cell namedCell(XSSFWorkbook workbook, String name) {
        Name definition = workbook.getName(name);
        assertNotNull(definition, "no defined name " + name);
        CellReference ref = new AreaReference(definition.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        assertNotNull(cell, name);
        return cell;
    }
}
