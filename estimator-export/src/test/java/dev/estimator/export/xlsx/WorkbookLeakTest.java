package dev.estimator.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Role;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.LeakCanaries;
import dev.estimator.export.NegotiationSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's workbook holds nothing internal anywhere in its package (cells, hidden sheets,
 * comments, defined names, document properties, charts): every entry of the zip is decompressed
 * and searched for distinctive internal values, which must be present in the internal workbook so
 * that the search is known to work.
 */
class WorkbookLeakTest {

    private static final String NOTES = "LEAKCANARY-7731";
    private static final String COST_RATE = "4321.98";
    private static final String UNIT_COST = "87.6543";
    private static final String TARGET = "123456.78";
    private static final String WALK_AWAY = "98765.43";
    private static final String MAX_DISCOUNT = "17.3791";
    /** The distinctive cost-rate name of a role. */
    private static final String COST_NAME = "Cost_dev";

    @Test
    void clientWorkbookHoldsNothingInternal() throws IOException {
        Estimate estimate = canaryEstimate();
        String client = packageText(WorkbookFiles.export(estimate, Audience.CLIENT));
        String internal = packageText(WorkbookFiles.export(estimate, Audience.INTERNAL));
        List<Executable> checks = new ArrayList<>();
        for (String canary : List.of(NOTES, COST_RATE, UNIT_COST, TARGET, WALK_AWAY, MAX_DISCOUNT, COST_NAME)) {
            checks.add(() -> assertTrue(internal.contains(canary), "the internal workbook shows " + canary));
            checks.add(() -> assertFalse(client.contains(canary), "the client workbook leaks " + canary));
        }
        String internalSheet = WorkbookText.forLanguage("en").text("sheet.internal");
        checks.add(() -> assertTrue(internal.contains("name=\"" + internalSheet + "\"")));
        checks.add(() -> assertFalse(client.contains("name=\"" + internalSheet + "\""), "no Internal sheet"));
        assertAll(checks);
    }

    /** The rich fixture with distinctive internal figures: role cost rates, unit costs and negotiation figures. */
    private static Estimate canaryEstimate() {
        Estimate rich = WorkbookFixtures.rich();
        RateCard rates = new RateCard(rich.rateCard().hoursPerDay(), rich.rateCard().roles().stream()
                .map(r -> new Role(r.id(), r.name(), r.rate(), WorkbookFixtures.d(COST_RATE), r.per())).toList());
        List<Group> groups = rich.breakdown().stream().map(g -> g.mapItems(
                (LineItem i) -> i.isLabour() ? i : i.withUnitCost(WorkbookFixtures.d(UNIT_COST)))).toList();
        Estimate canary = new Estimate(rich.header(), rates, groups, rich.assumptions(), rich.exclusions(),
                rich.risks(), rich.contingency(), rich.adjustments(), rich.tax(), rich.milestones(), rich.terms(),
                rich.alternatives(), new InternalSection(WorkbookFixtures.d(TARGET), WorkbookFixtures.d(WALK_AWAY),
                WorkbookFixtures.d(MAX_DISCOUNT), NOTES));
        return WorkbookFixtures.valid(canary);
    }

    /** Every entry of the xlsx package, decompressed, as one text. */
    private static String packageText(byte[] xlsx) throws IOException {
        // Read through the central directory: the streaming writer's local headers defer sizes to
        // data descriptors, which java.util.zip.ZipInputStream does not accept.
        Path file = Files.createTempFile("leak", ".xlsx");
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                text.append("\n--- ").append(entry.getName()).append('\n');
                try (InputStream in = zip.getInputStream(entry)) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertTrue(text.toString().contains("xl/workbook.xml"), "the package was read");
        return text.toString();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> negotiationCases() {
        return NegotiationSamples.arguments();
    }

    /**
     * Every sample with its previous revision and a budget (Changes and Budget sheets): the client's
     * workbook, every cell read by POI and every part of the package, still holds nothing internal.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiationCases")
    void clientWorkbookWithPreviousAndBudgetHoldsNothingInternal(NegotiationSamples.Case sample) throws IOException {
        ExportRequest client = sample.request(Audience.CLIENT, LeakCanaries::canary);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new WorkbookExporter().write(client, out);
        StringBuilder cells = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = WorkbookFiles.read(out.toByteArray())) {
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheet.forEach(row -> row.forEach(cell -> cells.append(formatter.formatCellValue(cell)).append('\n')
                        .append(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? ""
                                : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()).append('\n')));
            }
            assertTrue(workbook.getSheet(WorkbookText.forLanguage(client.estimate().header().language())
                    .text("sheet.changes")) != null, "the workbook has the Changes sheet");
        }
        String searchable = LeakCanaries.flat(cells + "\n" + packageText(out.toByteArray()));
        List<Executable> checks = new ArrayList<>();
        for (String spelling : LeakCanaries.spellings(sample.request(Audience.INTERNAL, LeakCanaries::canary))) {
            checks.add(() -> assertFalse(searchable.contains(spelling), "the client workbook contains " + spelling));
        }
        assertAll(checks);
    }
}
