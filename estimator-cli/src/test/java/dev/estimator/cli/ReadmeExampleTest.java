package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Problem;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.pdf.PdfExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example, line for line, so it cannot rot. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRunsAndPrintsWhatItSays() throws IOException {
        LineItem templates = LineItem.labour("B1", "Page templates", Quantity.threePoint("4", "5", "8"), Unit.DAYS, "dev",
                Justification.of(Basis.EXPERT_JUDGMENT, "Five page types at about one day each."));
        Estimate estimate = Estimate.builder("Website refresh", "EUR", "en")
                .client("ACME Ltd", ClientKind.EXTERNAL).provider("Northwind Digital").author("Jane Smith")
                .issued(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20)).estimateClass(3)
                .role("dev", "Developer", "720", "430", RatePeriod.DAY)      // client rate, internal cost rate
                .group("build", "Build", templates)
                .tax("VAT", "22")
                .build();

        List<Problem> problems = EstimateValidator.validate(estimate);
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        Path pdf = dir.resolve("website.pdf");
        AtomicFile.write(pdf, out -> new PdfExporter().write(ExportRequest.of(estimate, Audience.CLIENT), out));

        assertEquals(List.of(), problems);
        assertEquals(Estimates.d("4681.87"), totals.grandTotal());
        String readme = Files.readString(Estimates.repositoryRoot().resolve("README.md"));
        assertTrue(readme.contains("// 4681.87:"), "the README states another total");
        assertTrue(Files.size(pdf) > 1000);
    }
}
