package dev.estimator.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.validation.EstimateValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Over random pairs of revisions, the bridge's steps add up exactly to the difference of the totals. */
class RevisionBridgePropertiesTest {

    @Property(tries = 150)
    void stepsAddUpToTheDifferenceExactly(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int currency) {
        Random random = new Random(seed);
        String code = RandomEstimates.CURRENCIES.get(currency);
        Estimate previous = RandomEstimates.draw(random, code, 1);
        Estimate current = RandomEstimates.draw(random, code, 2);
        assertEquals(List.of(), EstimateValidator.validate(previous), "the generator makes valid estimates");
        assertEquals(List.of(), EstimateValidator.validate(current), "the generator makes valid estimates");

        RevisionBridge bridge = RevisionBridge.between(previous, current);

        EstimateTotals before = EstimateCalculator.calculate(previous);
        EstimateTotals after = EstimateCalculator.calculate(current);
        assertEquals(after.grandTotal().subtract(before.grandTotal()), bridge.difference());
        assertEquals(bridge.difference(), bridge.steps().stream().map(BridgeStep::amount)
                .reduce(BigDecimal.ZERO.setScale(before.rounding().scale()), BigDecimal::add));
        BigDecimal running = bridge.previousTotal();
        for (BridgeStep step : bridge.steps()) {
            assertEquals(running, step.totalBefore(), "each step starts where the one before ended");
            assertEquals(before.rounding().scale(), step.amount().scale(), "amounts are in the currency's minor unit");
            running = step.totalAfter();
        }
        assertEquals(bridge.currentTotal(), running);
        assertFalse(bridge.steps().stream().anyMatch(s -> s.cause() instanceof BridgeCause.OtherChanges),
                () -> "every change that moves the price has a named cause: " + bridge.steps() + "\n" + previous + "\n" + current);
        // A step's cost change is known when the costs on both sides of it are (a role may lack a cost
        // rate in between); when every step's is known, they add up to the cost movement.
        if (bridge.steps().stream().allMatch(s -> s.costChange().isPresent())) {
            bridge.costMovement().ifPresent(m -> assertEquals(m.costChange(), bridge.steps().stream()
                    .map(s -> s.costChange().orElseThrow()).reduce(m.costChange().multiply(BigDecimal.ZERO), BigDecimal::add)));
        }

        RevisionBridge client = RevisionBridge.between(previous.redactedFor(Audience.CLIENT),
                current.redactedFor(Audience.CLIENT));
        assertEquals(bridge.steps().stream().map(BridgeStep::amount).toList(),
                client.steps().stream().map(BridgeStep::amount).toList(), "cost rates never move the client's figures");
    }
}
