package dev.estimator.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.HistoryCalibration;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.PastProject;
import dev.estimator.core.validation.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history file shared by several estimates: read relative to the estimate file, its projects
 * before the estimate's own, cited by items; and every way it can be wrong reported with the file,
 * line and column where the fix belongs, nothing loaded.
 */
class HistoryFilesTest {

    private static final String SHARED = """
            # Past projects shared by every estimate
            projects:
              - {id: P1, name: First shop, year: 2024, estimated: 80000, actual: 88000}
              - {id: P2, name: Second shop, estimated: 50000, actual: 48000}
            """;

    @TempDir
    Path dir;
    private Path estimateFile;
    private String estimateText;

    @BeforeEach
    void writeFiles() throws IOException {
        // The English sample, whose items cite its (last, inline) history: here the history comes from ../history/company.yaml.
        String sample = Files.readString(Estimates.samples().stream()
                .filter(p -> p.getFileName().toString().equals("eshop-rebuild-en.yaml")).findFirst().orElseThrow());
        estimateText = sample.substring(0, sample.indexOf("\nhistory:\n"))
                .replaceAll("pastProjects: \\[[^]]*]", "pastProjects: [P1, P2]")
                + "\nhistory:\n  file: ../history/company.yaml\n";
        Files.createDirectories(dir.resolve("estimates"));
        Files.createDirectories(dir.resolve("history"));
        estimateFile = dir.resolve("estimates/shop.yaml");
        Files.writeString(estimateFile, estimateText);
    }

    private LoadResult load(String history) throws IOException {
        Files.writeString(dir.resolve("history/company.yaml"), history);
        return EstimateFiles.load(estimateFile);
    }

    @Test
    void theSharedProjectsAreReadFromBesideTheEstimateAndCalibrateIt() throws IOException {
        LoadResult result = load(SHARED);
        assertTrue(result.isValid(), () -> result.problems().toString());
        Estimate estimate = result.estimate().orElseThrow();
        assertEquals(List.of("P1", "P2"), estimate.history().allProjects().stream().map(PastProject::id).toList());
        assertEquals(List.of(), estimate.history().projects(), "none listed in the estimate itself");
        // Worked by hand: P1 +10.00 %, P2 −4.00 %; the median of two is their mean, +3.00 %.
        HistoryCalibration calibration = EstimateCalculator.calculate(estimate).calibration().orElseThrow();
        assertEquals(new BigDecimal("3.00"), calibration.median());
        assertEquals(new BigDecimal("-4.00"), calibration.lowest());
        assertEquals(new BigDecimal("10.00"), calibration.highest());
        // Written back, the estimate points to the file and does not copy its projects.
        String yaml = EstimateFiles.toYaml(estimate);
        assertTrue(yaml.contains("file: ../history/company.yaml"));
        assertFalse(yaml.contains("First shop"));
    }

    @Test
    void aMissingFileIsAProblemAtTheEstimatesHistoryFile() throws IOException {
        Files.deleteIfExists(dir.resolve("history/company.yaml"));
        LoadResult result = EstimateFiles.load(estimateFile);
        assertFalse(result.isValid());
        Problem problem = only(result.problems());
        assertEquals(estimateFile.toString(), problem.source());
        assertEquals("history.file", problem.path());
        assertEquals(lineOf(estimateText, "file: ../history/company.yaml"), problem.line());
        assertTrue(problem.message().contains("there is no such file"), problem.message());
    }

    @Test
    void aWrongValueInTheFileIsReportedInTheFileAtItsLine() throws IOException {
        LoadResult result = load(SHARED.replace("actual: 48000", "actual: -1"));
        Problem problem = only(result.problems());
        assertEquals(dir.resolve("history/company.yaml").toString(), problem.source());
        assertEquals(4, problem.line());
        assertEquals("projects[1].actual", problem.path());
        assertEquals("an actual total cannot be negative", problem.message());
        assertTrue(result.estimate().isEmpty(), "nothing loaded");
    }

    @Test
    void aTypoATypeAndARepeatedIdInTheFileAreEachReported() throws IOException {
        LoadResult typo = load(SHARED.replace("year: 2024", "yaer: 2024").replace("estimated: 50000", "estimated: lots"));
        assertEquals(List.of("projects[0].yaer", "projects[1].estimated"),
                typo.problems().stream().map(Problem::path).toList());
        LoadResult twice = load(SHARED.replace("id: P2", "id: P1"));
        Problem repeated = only(twice.problems());
        assertEquals("projects[1].id", repeated.path());
        assertTrue(repeated.message().contains("listed twice"));
    }

    @Test
    void aFileThatIsNotYamlOrNotAListIsReported() throws IOException {
        Problem syntax = only(load("projects: [\n").problems());
        assertEquals(dir.resolve("history/company.yaml").toString(), syntax.source());
        assertTrue(syntax.line() > 0, "a position");
        Problem notAMapping = only(load("- just a list\n").problems());
        assertTrue(notAMapping.message().contains("a history file holds a list of past projects"), notAMapping.message());
    }

    @Test
    void anItemCitingAProjectTheHistoryLacksIsReportedAtTheCitation() throws IOException {
        LoadResult result = load(SHARED.replace("id: P2", "id: P3"));
        assertFalse(result.isValid());
        assertTrue(result.problems().stream().allMatch(p -> p.path().endsWith("justification.pastProjects[1]")
                && p.message().startsWith("there is no past project 'P2' under history (known: P1, P3)")),
                () -> result.problems().toString());
        assertEquals(estimateText.split("pastProjects: \\[P1, P2]", -1).length - 1, result.problems().size(),
                "one problem per citing item");
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.getFirst();
    }

    private static int lineOf(String text, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                return i + 1;
            }
        }
        throw new AssertionError(line);
    }
}
