package dev.estimator.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The totals priced without the simulation's report (for validation, fit, offer and compare) are
 * the full totals less that report: every other figure equal, the baseline's and every
 * alternative's, including a contingency set by simulation, which still runs.
 */
class WithoutSimulationTest {

    static Stream<Estimate> estimates() {
        List<Path> files = new ArrayList<>(Estimates.samples());
        files.addAll(Estimates.previousRevisions());
        List<Estimate> estimates = new ArrayList<>();
        for (Path file : files) {
            Estimate estimate = EstimateFiles.load(file).orThrow();
            estimates.add(estimate);
            // Each sample again with a contingency set by the simulation at 90 %.
            estimates.add(estimate.withContingency(new Contingency(ContingencyMethod.SIMULATION, null, null,
                    "At P90.", 90)));
        }
        return estimates.stream();
    }

    @ParameterizedTest
    @MethodSource("estimates")
    void everyFigureButTheReportIsTheSame(Estimate estimate) throws ReflectiveOperationException {
        EstimateTotals full = EstimateCalculator.calculate(estimate);
        EstimateTotals priced = EstimateCalculator.calculateWithoutSimulation(estimate);
        assertNotNull(full.simulation());
        assertNull(priced.simulation(), "no report");
        sameButSimulation(full, priced);
        assertEquals(full.alternatives().size(), priced.alternatives().size());
        for (int i = 0; i < full.alternatives().size(); i++) {
            assertEquals(full.alternatives().get(i).delta(), priced.alternatives().get(i).delta());
            sameButSimulation(full.alternatives().get(i).totals(), priced.alternatives().get(i).totals());
        }
        if (estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.SIMULATION) {
            BigDecimal atConfidence = full.simulation().percentile(estimate.contingency().confidence()).subtotal();
            assertEquals(atConfidence.subtract(full.subtotal()).max(BigDecimal.ZERO.setScale(atConfidence.scale())),
                    priced.contingency(), "the simulated contingency is still P(confidence) - base");
        }
    }

    private static void sameButSimulation(EstimateTotals full, EstimateTotals priced) throws ReflectiveOperationException {
        for (RecordComponent component : EstimateTotals.class.getRecordComponents()) {
            if (component.getName().equals("simulation") || component.getName().equals("alternatives")) {
                continue;
            }
            assertEquals(component.getAccessor().invoke(full), component.getAccessor().invoke(priced), component.getName());
        }
    }
}
