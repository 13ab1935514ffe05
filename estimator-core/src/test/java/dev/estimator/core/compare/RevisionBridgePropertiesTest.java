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
import org.junit.jupiter.api.Test;

/**
 * Over random pairs of revisions (150 fixed seeds, each currency in turn, so a failure names its
 * seed and reproduces), the bridge's steps add up exactly to the difference of the totals.
 */
class RevisionBridgePropertiesTest {

    private static final int PAIRS = 150;

    @Test
    void stepsAddUpToTheDifferenceExactly() {
        for (long seed = 0; seed < PAIRS; seed++) {
            String code = RandomEstimates.CURRENCIES.get((int) (seed % RandomEstimates.CURRENCIES.size()));
            try {
                checkPair(new Random(seed), code);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + " (" + code + "): " + e.getMessage(), e);
            }
        }
    }

    /** A valid random estimate: the generator may draw one the validator refuses (discounts beyond a price); draw again. */
    private static Estimate valid(Random random, String code, int revision) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Estimate estimate = RandomEstimates.draw(random, code, revision);
            if (EstimateValidator.validate(estimate).isEmpty()) {
                return estimate;
            }
        }
        throw new AssertionError("the generator made 50 invalid estimates in a row");
    }

    private static void checkPair(Random random, String code) {
        Estimate previous = valid(random, code, 1);
        Estimate current = valid(random, code, 2);

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
                "every change that moves the price has a named cause");
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
