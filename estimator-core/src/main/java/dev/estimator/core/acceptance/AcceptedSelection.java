package dev.estimator.core.acceptance;

import com.google.common.base.Preconditions;
import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.calc.SelectionCalculator;
import dev.estimator.core.calc.SelectionPrice;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.ClientAcceptance;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.LineItem;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client's acceptance code checked against the estimate it claims to accept, and the accepted
 * variant it describes.
 *
 * @param estimate the estimate the code was checked against
 * @param code    the code, read and checked
 * @param variant the variant chosen
 * @param kept    the ids of the optional items kept
 * @param leftOut the ids of the optional items left out
 * @param price   the calculator's price of that selection: its total is the code's
 */
public record AcceptedSelection(Estimate estimate, AcceptanceCode code, ProposalChoices.Variant variant, List<String> kept,
                                List<String> leftOut, SelectionPrice price) {

    public AcceptedSelection {
        kept = List.copyOf(kept);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * Checks {@code codeText} against {@code estimate} (valid, as loaded from its file).
     *
     * @throws IllegalArgumentException with a message for the user when the code is malformed,
     *                                  names another revision or another content, a variant or
     *                                  items this estimate does not have, or a total that is not
     *                                  the price of the selection it names
     */
    public static AcceptedSelection check(Estimate estimate, String codeText) {
        Preconditions.checkNotNull(estimate, "estimate");
        AcceptanceCode code = AcceptanceCode.parse(codeText);
        int revision = estimate.header().revision().number();
        String fingerprint = ContentHash.fingerprint(estimate);
        if (code.revision() != revision) {
            throw new IllegalArgumentException("the code accepts revision " + code.revision() + ", but this file is revision "
                    + revision + "; accept against the revision the client was sent");
        }
        if (!code.fingerprint().equals(fingerprint)) {
            throw new IllegalArgumentException("the code was made from other content (fingerprint " + code.fingerprint()
                    + ") than this file has (" + fingerprint + "): the file changed after the proposal was sent, "
                    + "or it is another estimate; nothing the client has not seen can be accepted");
        }
        List<ProposalChoices.Variant> variants = ProposalChoices.of(estimate).variants();
        if (code.variant() >= variants.size()) {
            throw new IllegalArgumentException("the code names variant " + code.variant() + ", but this estimate has the "
                    + "baseline and " + (variants.size() - 1) + " alternatives");
        }
        ProposalChoices.Variant variant = variants.get(code.variant());
        if (code.keptMask().bitLength() > variant.optional().size()) {
            throw new IllegalArgumentException("the code keeps optional items that this selection does not have");
        }
        List<String> kept = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < variant.optional().size(); i++) {
            (code.keeps(i) ? kept : leftOut).add(variant.optional().get(i).id());
        }
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        SelectionPrice price = SelectionCalculator.price(estimate, totals, variant.alternativeId(), Set.copyOf(leftOut));
        BigInteger total = price.price().total().unscaledValue();
        if (!total.equals(code.total())) {
            throw new IllegalArgumentException("the code's total (" + code.total() + " in minor units) is not the price "
                    + "of the selection it names (" + total + "); the code was changed");
        }
        return new AcceptedSelection(estimate, code, variant, kept, leftOut, price);
    }

    /**
     * The accepted variant as an estimate of its own: the alternative applied (no alternatives
     * left), the optional items left out dropped and the kept ones part of the scope, and the
     * revision marked accepted on {@code date}. A contingency that is not a percentage is written
     * as the amount it came to, so that the accepted file prices to the accepted total whatever
     * a new simulation would give.
     */
    public Estimate acceptedEstimate(LocalDate date) {
        Preconditions.checkNotNull(date, "date");
        Estimate result = variant.estimate().withAlternatives(List.of());
        if (!leftOut.isEmpty()) {
            List<Change> drops = leftOut.stream().<Change>map(Change.Drop::new).toList();
            result = AlternativeApplier.apply(result, new Alternative("accepted", "accepted", "-", "-", "-", null, drops));
        }
        result = withoutReferencesTo(result, removedItems(estimate, variant.estimate(), result));
        Set<String> keptIds = new HashSet<>(kept);
        List<Group> groups = result.breakdown().stream()
                .map(g -> g.mapItems(item -> keptIds.contains(item.id()) ? item.asRequired() : item)).toList();
        result = result.withBreakdown(groups);
        Contingency contingency = result.contingency();
        if (contingency != null && contingency.method() != ContingencyMethod.PERCENT
                && contingency.method() != ContingencyMethod.AMOUNT) {
            result = result.withContingency(new Contingency(ContingencyMethod.AMOUNT, null, price.price().contingency(),
                    contingency.explanation(), null));
        }
        ClientAcceptance acceptance = new ClientAcceptance(date, code.text(), code.fingerprint(),
                variant.alternative() == null ? null : variant.alternative().name(), kept, price.price().total());
        return result.withHeader(result.header().withRevision(result.header().revision().withAccepted(acceptance)));
    }

    /** Ids of the baseline's and the variant's items that the accepted estimate no longer has. */
    private static Set<String> removedItems(Estimate baseline, Estimate variant, Estimate accepted) {
        Set<String> removed = new HashSet<>();
        baseline.allItems().forEach(i -> removed.add(i.id()));
        variant.allItems().forEach(i -> removed.add(i.id()));
        accepted.allItems().forEach(i -> removed.remove(i.id()));
        return removed;
    }

    /**
     * The estimate without references to the items {@code removed} (by the alternative or left
     * out): in risks, assumptions' cost impacts, correlation groups and the revision's reasons, so
     * that the accepted file is valid on its own.
     */
    private static Estimate withoutReferencesTo(Estimate estimate, Set<String> removed) {
        java.util.function.UnaryOperator<List<String>> keep =
                ids -> ids.stream().filter(id -> !removed.contains(id)).toList();
        Estimate result = estimate.withRisks(estimate.risks().stream()
                .map(r -> new Risk(r.id(), r.description(), r.probability(), r.impact(), r.mitigation(),
                        keep.apply(r.items()), keep.apply(r.coveredBy()))).toList());
        result = result.withAssumptions(estimate.assumptions().stream()
                .map(a -> a.impact() == null ? a : new Assumption(a.id(), a.statement(), a.owner(), a.rationale(),
                        new CostImpact(keep.apply(a.impact().items()), a.impact().amount(), a.impact().percent(),
                                a.impact().description()))).toList());
        SimulationSettings simulation = estimate.simulation();
        if (simulation != null) {
            result = result.withSimulation(new SimulationSettings(simulation.trials(), simulation.seed(),
                    simulation.correlations().stream()
                            .map(g -> new CorrelationGroup(keep.apply(g.items()), g.coefficient(), g.reason()))
                            .filter(g -> g.items().size() > 1).toList()));
        }
        Revision revision = estimate.header().revision();
        List<RevisionChange> changes = revision.changes().stream()
                .map(c -> new RevisionChange(keep.apply(c.items()), c.removed(), c.reason()))
                .filter(c -> !c.items().isEmpty() || !c.removed().isEmpty()).toList();
        return result.withHeader(estimate.header().withRevision(
                new Revision(revision.number(), revision.note(), changes, revision.accepted())));
    }

    /** The kept optional items, for messages. */
    public List<LineItem> keptItems() {
        return variant.optional().stream().filter(i -> kept.contains(i.id())).toList();
    }
}
