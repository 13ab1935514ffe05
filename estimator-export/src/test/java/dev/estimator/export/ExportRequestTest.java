package dev.estimator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.Role;
import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A client request cannot be built from anything the client must not see. */
class ExportRequestTest {

    private static Estimate rich() {
        return EstimateFiles.load(Estimates.samples().getFirst()).orThrow();
    }

    /** The redacted estimate with one internal thing put back. */
    static Stream<Estimate> unredacted() {
        Estimate client = rich().redactedFor(Audience.CLIENT);
        RateCard rates = client.rateCard();
        Role first = rates.roles().getFirst();
        RateCard oneCostRate = new RateCard(rates.hoursPerDay(), rates.roles().stream()
                .map(r -> r == first ? r.withCost(new BigDecimal("1")) : r).toList());
        UnaryOperator<LineItem> unitCost = item -> item.isLabour() ? item : item.withUnitCost(new BigDecimal("1"));
        return Stream.of(
                client.withRateCard(oneCostRate),
                client.withBreakdown(client.breakdown().stream().map(g -> g.mapItems(unitCost)).toList()),
                new Estimate(client.header(), client.rateCard(), client.breakdown(), client.assumptions(),
                        client.exclusions(), client.risks(), client.contingency(), client.adjustments(), client.tax(),
                        client.milestones(), client.terms(), client.alternatives(),
                        new InternalSection(null, null, null, "Only a note.")),
                rich());
    }

    @ParameterizedTest
    @MethodSource("unredacted")
    void aClientRequestRefusesAnEstimateThatStillHoldsInternalFigures(Estimate estimate) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ExportRequest(estimate, EstimateCalculator.calculate(estimate), Audience.CLIENT));
        assertTrue(error.getMessage().contains("redacted"), error.getMessage());
        new ExportRequest(estimate, EstimateCalculator.calculate(estimate), Audience.INTERNAL);
    }

    @Test
    void aClientRequestRefusesTotalsComputedFromTheUnredactedEstimate() {
        Estimate client = rich().redactedFor(Audience.CLIENT);
        assertThrows(IllegalArgumentException.class,
                () -> new ExportRequest(client, EstimateCalculator.calculate(rich()), Audience.CLIENT));
    }

    @Test
    void ofRedactsForTheClient() {
        ExportRequest request = ExportRequest.of(rich(), Audience.CLIENT);
        assertEquals(rich().redactedFor(Audience.CLIENT), request.estimate());
        assertTrue(request.totals().internal().isEmpty());
        assertTrue(request.estimate().rateCard().roles().stream().allMatch(r -> r.cost() == null));
        assertEquals(List.of(), request.estimate().allItems().filter(i -> i.unitCost() != null).toList());
    }

    /** The bridge and the budget fit are computed for the request's audience; a client request refuses internal ones. */
    @Test
    void aClientRequestsBridgeAndBudgetFitHoldNothingInternal() {
        NegotiationSamples.Case sample = NegotiationSamples.cases().getFirst();
        ExportRequest client = sample.request(Audience.CLIENT);
        var bridge = client.bridge().orElseThrow();
        assertTrue(bridge.costMovement().isEmpty(), "no cost movement for the client");
        assertTrue(bridge.steps().stream().allMatch(s -> s.costChange().isEmpty() && s.marginChange().isEmpty()),
                "no step's cost or margin for the client");
        assertTrue(client.budget().orElseThrow().walkAwayPrice().isEmpty(), "the client's fit never reads walk-away");

        ExportRequest internal = sample.request(Audience.INTERNAL);
        assertTrue(internal.bridge().orElseThrow().costMovement().isPresent(), "the internal bridge moves cost and margin");
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(client.estimate(), client.totals(),
                Audience.CLIENT, internal.bridge(), java.util.Optional.empty()), "an internal bridge in a client request");
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest(client.estimate(), client.totals(),
                Audience.CLIENT, java.util.Optional.empty(), internal.budget()), "an internal fit in a client request");
        assertEquals(client, sample.request(Audience.CLIENT), "the same input gives an equal request");
    }
}
