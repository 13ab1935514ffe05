package dev.estimator.core;

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
import dev.estimator.core.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: small estimates built in code, and the repository's samples and templates. */
public final class Estimates {

    private Estimates() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static Header header(String currency) {
        return new Header("Test estimate", "A test", new Client("Client Ltd", ClientKind.EXTERNAL, null),
                new Party("Provider Ltd", null), "Tester", Currency.getInstance(currency), "en", null,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20), Revision.first(), 3, null);
    }

    public static Justification because() {
        return new Justification(Basis.EXPERT_JUDGMENT, "Because.", null, null, null, null);
    }

    /** A non-labour item priced per piece. */
    public static LineItem priced(String id, String quantity, String unitPrice) {
        return new LineItem(id, "Item " + id, null, Category.HARDWARE, Quantity.of(d(quantity)), Unit.PIECES, null,
                d(unitPrice), null, false, because());
    }

    /** A labour item for the role {@code dev}. */
    public static LineItem labour(String id, Quantity quantity, Unit unit) {
        return new LineItem(id, "Work " + id, null, Category.LABOUR, quantity, unit, "dev", null, null, false, because());
    }

    public static RateCard rateCard(String rate, String cost, RatePeriod per) {
        return new RateCard(null, List.of(new Role("dev", "Developer", d(rate), cost == null ? null : d(cost), per)));
    }

    /** An estimate in {@code currency} with one group holding {@code items}, nothing else. */
    public static Estimate withItems(String currency, RateCard rateCard, LineItem... items) {
        return new Estimate(header(currency), rateCard, List.of(new Group("g", "Group", null, List.of(items), null)),
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The repository root, found from the module folder Maven runs tests in. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with samples/) above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The sample estimates, without their previous revisions ({@link #previousRevisions()}). */
    public static List<Path> samples() {
        return yamlFiles("samples").stream().filter(p -> !isPreviousRevision(p)).toList();
    }

    /**
     * The previous revisions of the samples, {@code samples/<sample>-r<N>.yaml}, each the revision
     * before {@code samples/<sample>.yaml}, so the revision bridge can be tried on them.
     */
    public static List<Path> previousRevisions() {
        return yamlFiles("samples").stream().filter(Estimates::isPreviousRevision).toList();
    }

    /** The current sample a previous revision belongs to. */
    public static Path currentRevisionOf(Path previousRevision) {
        String name = previousRevision.getFileName().toString();
        return previousRevision.resolveSibling(name.replaceFirst("-r\\d+\\.yaml$", ".yaml"));
    }

    private static boolean isPreviousRevision(Path file) {
        return file.getFileName().toString().matches(".*-r\\d+\\.yaml");
    }

    public static List<Path> templates() {
        return yamlFiles("templates");
    }

    private static List<Path> yamlFiles(String folder) {
        try (Stream<Path> files = Files.list(repositoryRoot().resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
