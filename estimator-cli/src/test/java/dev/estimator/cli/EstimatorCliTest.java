package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estimator.core.Estimates;
import dev.estimator.core.calc.AlternativeTotals;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.format.LoadResult;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.document.Phrasing;
import dev.estimator.export.format.MoneyFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EstimatorCliTest {

    @TempDir
    Path dir;

    static Stream<Path> samples() {
        return Estimates.samples().stream();
    }

    @Test
    void helpListsEveryCommandWithExamplesAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String command : List.of("validate", "totals", "export", "new", "templates", "schema")) {
            assertTrue(run.out().contains("  " + command + " "), "help lacks " + command + ":\n" + run.out());
        }
        assertTrue(run.out().contains("Exit codes:"));
        for (String command : List.of("validate", "totals", "export", "new", "templates", "schema")) {
            CliRun sub = CliRun.of(command, "--help");
            assertEquals(0, sub.exitCode(), command);
            assertTrue(sub.out().contains("Example"), command + " help has no example:\n" + sub.out());
        }
    }

    /** Only the named command's model is built; the help command still sees every command, a misspelt name is refused as before. */
    @Test
    void helpCommandAndMisspeltNamesSeeEveryCommand() {
        CliRun help = CliRun.of("help", "export");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: estimator export"), help.out());
        CliRun typo = CliRun.of("exprot", "x.yaml");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().contains("Unmatched arguments from index 0: 'exprot'"), typo.err());
        CliRun named = CliRun.of("export", "--help");
        assertTrue(named.out().contains("Usage: estimator export"), named.out());
    }

    @Test
    void totalsTakesTheSharedEstimateFileParameter() {
        CliRun help = CliRun.of("totals", "--help");
        assertTrue(help.out().contains("FILE") && help.out().contains("The estimate file (YAML, or JSON"), help.out());
        assertEquals(ExitCodes.USAGE, CliRun.of("totals").exitCode());
        CliRun missing = CliRun.of("totals", dir.resolve("missing.yaml").toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("missing.yaml"), missing.err());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("estimator 0."), run.out());
    }

    @Test
    void validateAcceptsEverySampleAndWritesNothing() throws IOException {
        List<String> args = Estimates.samples().stream().map(Path::toString).toList();
        long before = countFiles(Estimates.repositoryRoot().resolve("samples"));
        CliRun run = CliRun.of(Stream.concat(Stream.of("validate"), args.stream()).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(args.size() + " of " + args.size() + " files valid"), run.out());
        assertEquals(before, countFiles(Estimates.repositoryRoot().resolve("samples")));
    }

    @Test
    void validateReportsEveryProblemWithLineAndPathAndExitsOne() throws IOException {
        Path sample = Estimates.samples().getFirst();
        String text = Files.readString(sample).replaceFirst("currency: EUR", "currency: EURO")
                .replaceFirst("(?m)^(\\s*)language: en", "$1language: xx");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, text);
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertTrue(run.err().contains(broken + ":") && run.err().contains(": header.currency: 'EURO' is not an ISO 4217"),
                run.err());
        assertTrue(run.err().contains("header.language: documents can be written in"), run.err());
        assertTrue(run.err().contains("broken.yaml: 2 problems"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingFileIsAPlainMessage() {
        CliRun run = CliRun.of("totals", dir.resolve("missing.yaml").toString());
        assertEquals(ExitCodes.INVALID_ESTIMATE, run.exitCode());
        assertTrue(run.err().contains("missing.yaml: there is no such file"), run.err());
        assertFalse(run.err().contains("at dev."), run.err());
    }

    @Test
    void aWrongOptionIsAUsageErrorWithAHint() {
        CliRun run = CliRun.of("totals", "--bogus", "x.yaml");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
        assertTrue(run.err().contains("estimator totals --help"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void totalsPrintsTheCalculatorsFiguresInTheEstimatesLocale(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        CliRun run = CliRun.of("totals", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Grand total"), run.out());
        for (BigDecimal figure : List.of(totals.subtotal(), totals.contingency(), totals.tax(), totals.grandTotal(),
                totals.range().classLow(), totals.range().classHigh())) {
            assertTrue(run.out().contains(money.formatPlain(figure)), money.formatPlain(figure) + " missing:\n" + run.out());
        }
        for (AlternativeTotals alternative : totals.alternatives()) {
            assertTrue(run.out().contains(alternative.alternative().name()));
            assertTrue(run.out().contains(money.formatPlain(alternative.totals().grandTotal())));
        }
        // The client view never shows internal figures.
        assertFalse(run.out().contains("Internal"), run.out());
        assertFalse(run.out().contains("Margin"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void totalsPrintsAndJsonCarriesTheSimulatedPercentiles(Path sample) throws IOException {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        SimulationResult simulation = EstimateCalculator.calculate(estimate.redactedFor(Audience.CLIENT)).simulation();
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        String table = CliRun.of("totals", sample.toString()).out();
        assertTrue(table.contains("P10 " + money.formatPlain(simulation.p10()) + ", P50 " + money.formatPlain(simulation.p50())
                + ", P80 " + money.formatPlain(simulation.p80()) + ", P90 " + money.formatPlain(simulation.p90())), table);
        assertTrue(table.contains("covers " + simulation.quotedConfidence().toPlainString() + " % of the simulated"), table);
        JsonNode json = new ObjectMapper().readTree(CliRun.of("totals", "--json", sample.toString()).out());
        assertEquals(0, simulation.p10().compareTo(new BigDecimal(json.get("p10").asText())), "p10");
        assertEquals(0, simulation.p50().compareTo(new BigDecimal(json.get("p50").asText())), "p50");
        assertEquals(0, simulation.p80().compareTo(new BigDecimal(json.get("p80").asText())), "p80");
        assertEquals(0, simulation.p90().compareTo(new BigDecimal(json.get("p90").asText())), "p90");
        assertEquals(0, simulation.quotedConfidence().compareTo(new BigDecimal(json.get("quotedConfidence").asText())), "quotedConfidence");
        assertEquals(simulation.tornado().size(), json.get("simulation").get("tornado").size());
        assertEquals(simulation.percentiles().size(), json.get("simulation").get("percentiles").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void totalsInternalAddsCostMarginAndNegotiationFigures(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        CliRun run = CliRun.of("totals", "--internal", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(money.formatPlain(totals.internal().orElseThrow().cost())), run.out());
        assertTrue(run.out().contains(money.formatPlain(totals.internal().orElseThrow().margin())), run.out());
        assertTrue(run.out().contains("Walk-away price"), run.out());
        BigDecimal gap = totals.negotiation().orElseThrow().netVersusTarget();
        assertTrue(run.out().contains("Net price vs target: " + (gap.signum() >= 0 ? "+" : "") + money.formatPlain(gap)),
                run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void totalsJsonCarriesExactFiguresAndNothingInternalUnlessAsked(Path sample) throws IOException {
        Estimate estimate = EstimateFiles.load(sample).orThrow();
        EstimateTotals totals = EstimateCalculator.calculate(estimate.redactedFor(Audience.CLIENT));
        CliRun run = CliRun.of("totals", "--json", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(0, totals.grandTotal().compareTo(new BigDecimal(json.get("total").asText())));
        assertEquals(0, totals.tax().compareTo(new BigDecimal(json.get("tax").asText())));
        // One rate per sample: the whole net at the estimate's rate, carrying the whole tax.
        assertEquals(1, json.get("taxByRate").size());
        assertEquals(0, estimate.tax().percent().compareTo(new BigDecimal(json.get("taxByRate").get(0).get("percent").asText())));
        assertEquals(0, totals.net().compareTo(new BigDecimal(json.get("taxByRate").get(0).get("base").asText())));
        assertEquals(0, totals.tax().compareTo(new BigDecimal(json.get("taxByRate").get(0).get("tax").asText())));
        assertEquals(totals.alternatives().size(), json.get("alternatives").size());
        for (int i = 0; i < totals.alternatives().size(); i++) {
            assertEquals(0, totals.alternatives().get(i).delta()
                    .compareTo(new BigDecimal(json.get("alternatives").get(i).get("delta").asText())));
        }
        assertFalse(json.has("internal"));
        assertFalse(run.out().contains("\"cost\""));
        assertEquals(0, totals.totalWithoutOptional().compareTo(new BigDecimal(json.get("totalWithoutOptional").asText())));
        assertEquals(0, totals.expectedRiskCost().compareTo(new BigDecimal(json.get("expectedRiskCost").asText())));
        JsonNode internal = new ObjectMapper().readTree(CliRun.of("totals", "--json", "--internal", sample.toString()).out());
        assertTrue(internal.get("internal").has("margin"));
        EstimateTotals internalTotals = EstimateCalculator.calculate(estimate);
        var negotiation = internalTotals.negotiation().orElseThrow();
        assertEquals(0, negotiation.netVersusTarget()
                .compareTo(new BigDecimal(internal.get("internal").get("netVersusTarget").asText())));
        assertEquals(0, negotiation.netAtMaxDiscount()
                .compareTo(new BigDecimal(internal.get("internal").get("netAtMaxDiscount").asText())));
        var groups = internalTotals.internal().orElseThrow().groups();
        assertEquals(groups.size(), internal.get("internal").get("groups").size());
        for (int i = 0; i < groups.size(); i++) {
            assertEquals(0, groups.get(i).margin()
                    .compareTo(new BigDecimal(internal.get("internal").get("groups").get(i).get("margin").asText())));
        }
    }

    @Test
    void unitPricesFinerThanTheCurrencyAreShownAsStatedNotRejected() throws IOException {
        Path sample = Estimates.samples().getFirst();
        Path fine = dir.resolve("fine.yaml");
        Files.writeString(fine, Files.readString(sample).replaceAll("unitPrice: \\d+(\\.\\d+)?", "unitPrice: 19.995"));
        CliRun run = CliRun.of("totals", "--items", fine.toString());
        assertEquals(0, run.exitCode(), run.err());
        Estimate estimate = EstimateFiles.load(fine).orThrow();
        String rate = Phrasing.of(estimate).rate(new BigDecimal("19.995"));
        assertTrue(run.out().contains("\u00d7 " + rate + ")"), rate + " in\n" + run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void totalsWordsChangesAndPercentagesAsEveryDocumentDoes(Path sample) {
        Estimate estimate = EstimateFiles.load(sample).orThrow().redactedFor(Audience.CLIENT);
        Phrasing phrasing = Phrasing.of(estimate);
        CliRun run = CliRun.of("totals", sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (var alternative : estimate.alternatives()) {
            for (var change : alternative.changes()) {
                assertTrue(run.out().contains("    " + phrasing.change(change) + System.lineSeparator()),
                        phrasing.change(change) + " in\n" + run.out());
            }
        }
        assertTrue(run.out().contains(estimate.tax().name() + " " + phrasing.percent(estimate.tax().percent())), run.out());
        var accuracy = estimate.header().effectiveAccuracy();
        assertTrue(run.out().contains("(" + phrasing.signedPercent(accuracy.low()) + " / "
                + phrasing.signedPercent(accuracy.high()) + ")"), run.out());
        estimate.milestones().forEach(m -> assertTrue(run.out().contains("(" + phrasing.percent(m.percent()) + ")"),
                m.name() + " in\n" + run.out()));
    }

    @Test
    void negotiationFiguresShowEvenWhenARoleHasNoCostRate() throws IOException {
        Path sample = Estimates.samples().getFirst();
        Path noCost = dir.resolve("nocost.yaml");
        Files.writeString(noCost, Files.readString(sample).replaceFirst("(?m)^      cost: \\d+\\n", ""));
        Estimate estimate = EstimateFiles.load(noCost).orThrow();
        assertTrue(EstimateCalculator.calculate(estimate).internal().isEmpty());
        CliRun run = CliRun.of("totals", "--internal", noCost.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Cost and margin: not known"), run.out());
        assertTrue(run.out().contains("Walk-away price"), run.out());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("totals", "--json", "--internal", noCost.toString()).out());
        assertTrue(json.get("internal").has("walkAwayPrice") && !json.get("internal").has("margin"), json.toString());
    }

    @Test
    void templatesListsTheShippedTemplates() {
        CliRun run = CliRun.of("templates");
        assertEquals(0, run.exitCode(), run.err());
        for (Path template : Estimates.templates()) {
            String name = template.getFileName().toString().replace(".yaml", "").replaceFirst("\\.[a-z]{2}$", "");
            assertTrue(run.out().contains(name), name + " not listed:\n" + run.out());
        }
        assertTrue(Estimates.templates().size() >= 12);
        for (String name : List.of("website", "mobile-app", "data-migration", "support-retainer")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(name + " ") && l.contains("en, it, ja")),
                    name + " should be listed in en, it, ja:\n" + run.out());
        }
    }

    /** Every template in every language: a starter in that language, currency, tax and locale, valid and priced. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "website, en", "website, it", "website, ja",
            "mobile-app, en", "mobile-app, it", "mobile-app, ja",
            "data-migration, en", "data-migration, it", "data-migration, ja",
            "support-retainer, en", "support-retainer, it", "support-retainer, ja"})
    void newWritesAStarterInEachLanguage(String template, String language) throws IOException {
        Path target = dir.resolve(template + "-" + language + ".yaml");
        CliRun run = CliRun.of("new", "--template", template, "--language", language, "-o", target.toString());
        assertEquals(0, run.exitCode(), run.err());
        LoadResult loaded = EstimateFiles.load(target);
        assertEquals(List.of(), loaded.problems());
        Estimate created = loaded.orThrow();
        assertEquals(language, created.header().language());
        assertEquals(java.time.LocalDate.of(2026, 11, 24), created.header().issueDate());
        switch (language) {
            case "it" -> {
                assertEquals("EUR", created.header().currency().getCurrencyCode());
                assertEquals(java.util.Locale.forLanguageTag("it-IT"), created.header().locale());
                assertEquals("IVA", created.tax().name());
                assertEquals(0, created.tax().percent().compareTo(java.math.BigDecimal.valueOf(22)));
            }
            case "ja" -> {
                assertEquals("JPY", created.header().currency().getCurrencyCode());
                assertEquals(java.util.Locale.forLanguageTag("ja-JP"), created.header().locale());
                assertEquals("\u6d88\u8cbb\u7a0e", created.tax().name());
                assertEquals(0, created.tax().percent().compareTo(java.math.BigDecimal.TEN));
            }
            default -> assertEquals("EUR", created.header().currency().getCurrencyCode());
        }
        assertTrue(created.header().reference() != null && !created.header().reference().isBlank());
        // Priced: the tax is the rate applied to the net, and the one tax-rate entry carries it all.
        var totals = dev.estimator.core.calc.EstimateCalculator.calculate(created);
        assertEquals(1, totals.taxByRate().size());
        assertEquals(totals.tax(), totals.taxByRate().getFirst().tax());
        assertEquals(totals.net(), totals.taxByRate().getFirst().base());
        assertTrue(totals.grandTotal().signum() > 0);
        // The template's words are in its language: no English title is left in an Italian or Japanese starter.
        String english = Files.readString(Estimates.repositoryRoot().resolve("templates/" + template + ".yaml"));
        String title = english.lines().filter(l -> l.startsWith("  title: ")).findFirst().orElseThrow();
        assertEquals(language.equals("en"), Files.readString(target).contains(title));
    }

    @Test
    void newInALanguageATemplateLacksNamesTheLanguagesItHas() {
        CliRun run = CliRun.of("new", "--template", "website", "--language", "fr");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("estimator: the template 'website' is not written in 'fr'; it is in: en, it, ja", run.err().strip());
    }

    @Test
    void newWritesADatedValidEstimateAndNeverOverwritesWithoutForce() throws IOException {
        String template = Estimates.templates().getFirst().getFileName().toString().replace(".yaml", "")
                .replaceFirst("\\.[a-z]{2}$", "");
        Path target = dir.resolve("mine.yaml");
        CliRun run = CliRun.of("new", "--template", template, "-o", target.toString());
        assertEquals(0, run.exitCode(), run.err());
        Estimate created = EstimateFiles.load(target).orThrow();
        assertEquals(java.time.LocalDate.of(2026, 11, 24), created.header().issueDate());
        assertEquals(java.time.LocalDate.of(2026, 12, 24), created.header().validUntil());

        Files.writeString(target, "precious work", StandardCharsets.UTF_8);
        CliRun again = CliRun.of("new", "--template", template, "-o", target.toString());
        assertEquals(ExitCodes.IO, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals("precious work", Files.readString(target));

        assertEquals(0, CliRun.of("new", "--template", template, "-o", target.toString(), "--force").exitCode());
        assertTrue(EstimateFiles.load(target).isValid());
    }

    @Test
    void newWithAnUnknownTemplateNamesTheAvailableOnes() {
        CliRun run = CliRun.of("new", "--template", "spaceship");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("there is no template 'spaceship'; available: "), run.err());
    }

    @Test
    void schemaPrintsTheJsonSchema() throws IOException {
        CliRun run = CliRun.of("schema");
        assertEquals(0, run.exitCode());
        assertTrue(new ObjectMapper().readTree(run.out()).has("$schema"));
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
