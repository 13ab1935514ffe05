package dev.estimator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client view of an estimate holds nothing marked {@link Internal}. */
class RedactionTest {

    /** Every record component marked @Internal, anywhere in the model. */
    private static List<RecordComponent> internalComponents() {
        List<RecordComponent> out = new ArrayList<>();
        for (Class<?> type : List.of(Estimate.class, Change.ChangeRate.class, Change.Add.class, Change.Swap.class, Header.class, RateCard.class, Role.class, Group.class,
                LineItem.class, Justification.class, Assumption.class, CostImpact.class, Exclusion.class, Risk.class,
                Contingency.class, Adjustment.class, Tax.class, Milestone.class, Alternative.class,
                InternalSection.class, Client.class, Party.class, Revision.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(Internal.class)) {
                    out.add(component);
                }
            }
        }
        return out;
    }

    @Test
    void theModelMarksCostRatesUnitCostsAndTheInternalSection() {
        List<String> names = internalComponents().stream()
                .map(c -> c.getDeclaringRecord().getSimpleName() + "." + c.getName()).toList();
        assertEquals(List.of("Estimate.internal", "ChangeRate.cost", "Role.cost", "LineItem.unitCost", "InternalSection.targetPrice",
                "InternalSection.walkAwayPrice", "InternalSection.maxDiscountPercent", "InternalSection.notes", "InternalSection.negotiation"), names);
    }

    @Test
    void everySampleRedactedForTheClientHasNoInternalValueLeft() {
        for (Path sample : Estimates.samples()) {
            Estimate estimate = EstimateFiles.load(sample).orThrow();
            assertTrue(estimate.internal() != null, sample + " should exercise the internal section");
            Estimate client = estimate.redactedFor(Audience.CLIENT);
            assertNull(client.internal());
            client.rateCard().roles().forEach(r -> assertNull(r.cost(), sample + ": cost of " + r.id()));
            client.allItems().forEach(i -> assertNull(i.unitCost(), sample + ": unit cost of " + i.id()));
            client.alternatives().forEach(a -> a.changes().forEach(c -> {
                switch (c) {
                    case Change.Add add -> assertNull(add.newItem().unitCost());
                    case Change.Swap swap -> assertNull(swap.newItem().unitCost());
                    case Change.ChangeRate rate -> assertNull(rate.cost());
                    default -> { }
                }
            }));
            String yaml = EstimateFiles.toYaml(client);
            assertFalse(java.util.regex.Pattern.compile("(?m)^\\s*(-\\s+)?(unitCost|cost|internal|walkAwayPrice|targetPrice):")
                    .matcher(yaml).find(), sample + " leaks into the client view:\n" + yaml);
            assertEquals(estimate, estimate.redactedFor(Audience.INTERNAL));
        }
    }
}
