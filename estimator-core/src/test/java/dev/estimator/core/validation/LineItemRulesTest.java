package dev.estimator.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.CustomUnit;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Recurrence;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written rules of line items against Hibernate Validator walking the same estimate
 * with the annotations: the same findings (pointers, messages, order) on random items, valid and
 * broken, in nested groups of a sample's estimate, and on every sample.
 */
class LineItemRulesTest {

    private static final String[] TEXTS = {null, "", " ", "\t", "\n", "\u00A0", "\u2003", " x ", "X1", "Work"};
    private static final BigDecimal[] AMOUNTS = {null, new BigDecimal("-0.01"), BigDecimal.ZERO,
        new BigDecimal("-0"), new BigDecimal("0.00"), new BigDecimal("12.5"), new BigDecimal("-1E+3")};
    private static final Integer[] TERMS = {null, -1, 0, 1, 36, 1200, 1201, Integer.MIN_VALUE};

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextInt(8) == 0 ? null : value;
    }

    private static LineItem randomItem(Random random) {
        Quantity quantity = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new Quantity.Fixed(maybe(random, BigDecimal.TEN));
            default -> new Quantity.ThreePoint(maybe(random, BigDecimal.ONE), maybe(random, BigDecimal.TWO),
                    maybe(random, BigDecimal.TEN));
        };
        Justification why = random.nextInt(6) == 0 ? null : new Justification(maybe(random, Basis.EXPERT_JUDGMENT),
                pick(random, TEXTS), pick(random, TEXTS), maybe(random, Confidence.HIGH), List.of("A1"), List.of(),
                List.of());
        Recurrence recurrence = random.nextBoolean() ? null
                : new Recurrence(maybe(random, RecurrencePeriod.MONTH), pick(random, TERMS));
        CustomUnit unit = random.nextInt(4) == 0 ? new CustomUnit(pick(random, TEXTS), pick(random, TEXTS), null) : null;
        return new LineItem(pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS),
                maybe(random, Category.LABOUR), quantity, unit != null ? Unit.CUSTOM : maybe(random, Unit.DAYS),
                "dev", pick(random, AMOUNTS), pick(random, AMOUNTS), random.nextBoolean(), why, recurrence, unit);
    }

    private static List<Group> randomGroups(Random random, int depth) {
        List<Group> groups = new ArrayList<>();
        for (int g = random.nextInt(3); g >= 0; g--) {
            List<LineItem> items = new ArrayList<>();
            for (int i = random.nextInt(14); i > 0; i--) {
                items.add(randomItem(random));
            }
            groups.add(new Group(pick(random, TEXTS), pick(random, TEXTS), null, items,
                    depth < 2 && random.nextInt(3) == 0 ? randomGroups(random, depth + 1) : List.of()));
        }
        return groups;
    }

    @Test
    void sameFindingsAsHibernateValidatorOnRandomItems() {
        Estimate sample = EstimateFiles.load(Estimates.repositoryRoot().resolve("samples/eshop-rebuild-en.yaml"))
                .orThrow();
        Random random = new Random(20261207L);
        int findings = 0;
        for (int round = 0; round < 300; round++) {
            Estimate estimate = sample.withBreakdown(randomGroups(random, 0));
            List<Finding> byHand = FieldRules.check(estimate);
            assertEquals(FieldRules.check(estimate, ""), byHand, "round " + round);
            findings += byHand.size();
        }
        assertTrue(findings > 3000, "only " + findings + " findings: the comparison says little");
    }

    @Test
    void sameFindingsAsHibernateValidatorOnEverySample() {
        for (Path file : Estimates.samples()) {
            Estimate estimate = EstimateFiles.load(file).orThrow();
            assertEquals(FieldRules.check(estimate, ""), FieldRules.check(estimate), file.toString());
        }
    }
}
