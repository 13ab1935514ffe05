package dev.estimator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Party;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import dev.estimator.core.validation.EstimateValidator;
import dev.estimator.core.validation.Problem;
import dev.estimator.export.AtomicFile;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.pdf.PdfExporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library example, line for line, so it cannot rot. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRunsAndPrintsWhatItSays() throws IOException {
        var header = new Header("Website refresh", null, new Client("ACME", ClientKind.EXTERNAL, null),
                new Party("Northwind", null), "Jane", Currency.getInstance("EUR"), "en", null,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20), Revision.first(), 3, null);
        var rates = new RateCard(null, List.of(new Role("dev", "Developer", new BigDecimal("720"), new BigDecimal("430"), RatePeriod.DAY)));
        var item = new LineItem("B1", "Templates", null, Category.LABOUR,
                Quantity.threePoint(new BigDecimal("4"), new BigDecimal("5"), new BigDecimal("8")), Unit.DAYS, "dev",
                null, null, false, new Justification(Basis.EXPERT_JUDGMENT, "Five pages at one day each.", null, null, null, null));
        var estimate = new Estimate(header, rates, List.of(new Group("build", "Build", null, List.of(item), null)),
                null, null, null, null, null, new Tax("VAT", new BigDecimal("22")), null, null, null, null);

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
