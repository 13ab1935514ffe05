package dev.estimator.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Estimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The revision bridge prices its steps with {@link EstimateCalculator#calculatePrice}, which cuts
 * the Monte Carlo simulation unless the contingency is simulated. That is honest only if every
 * figure the bridge reads (the price chain, items, cost and margin) is the same as the full
 * calculation's: checked for every sample, previous revision and template, and for random estimates
 * in three currencies; and each sample's bridge starts and ends at the full calculation's totals.
 */
class BridgePricingTest {

    static Stream<Path> files() {
        List<Path> files = new ArrayList<>(Estimates.samples());
        files.addAll(Estimates.previousRevisions());
        files.addAll(Estimates.templates());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void thePriceFiguresAreTheFullCalculations(Path file) {
        samePrice(EstimateFiles.load(file).orThrow());
    }

    @Test
    void randomEstimatesPriceTheSame() {
        Random random = new Random(20261125);
        for (int i = 0; i < 60; i++) {
            samePrice(RandomEstimates.draw(random, RandomEstimates.CURRENCIES.get(i % 3), 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.estimator.core.Estimates#previousRevisions")
    void eachSampleBridgeRunsBetweenTheFullTotals(Path previousFile) {
        Estimate previous = EstimateFiles.load(previousFile).orThrow();
        Estimate current = EstimateFiles.load(Estimates.currentRevisionOf(previousFile)).orThrow();
        RevisionBridge bridge = RevisionBridge.between(previous, current);
        assertEquals(EstimateCalculator.calculate(previous).grandTotal(), bridge.previousTotal());
        assertEquals(EstimateCalculator.calculate(current).grandTotal(), bridge.currentTotal());
        assertEquals(EstimateCalculator.calculate(current).internal().map(t -> t.margin()),
                bridge.costMovement().map(CostMovement::marginAfter));
    }

    private static void samePrice(Estimate estimate) {
        EstimateTotals full = EstimateCalculator.calculate(estimate);
        EstimateTotals price = EstimateCalculator.calculatePrice(estimate);
        assertEquals(full.price(), price.price(), "price chain");
        assertEquals(full.items(), price.items(), "items");
        assertEquals(full.groups(), price.groups(), "groups");
        assertEquals(full.internal(), price.internal(), "cost and margin");
        assertEquals(full.milestones(), price.milestones(), "milestones");
    }
}
