package dev.estimator.core.validation;

import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.History;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.SimulationSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a field annotation cannot express: ids and references, orderings, sums, plausibility
 * and alternatives. Each rule skips what the field rules already report as missing.
 */
final class CrossChecks {

    /** Languages the documents are written in. */
    static final Set<String> LANGUAGES = Set.of("en", "it", "ja");
    /** Ids name cells and bookmarks in the exports, which limit their length. */
    static final int MAX_ID_LENGTH = 64;
    static final BigDecimal ABSURD_QUANTITY = new BigDecimal("1000000");
    static final BigDecimal ABSURD_AMOUNT = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Estimate estimate;
    private final List<Finding> findings = new ArrayList<>();
    /** Every id of the file (groups, items, assumptions, risks, adjustments, alternatives) and where it is. */
    private final Set<String> ids = new HashSet<>();
    private final Map<String, LineItem> items = new LinkedHashMap<>();
    private final Set<String> groupIds = new HashSet<>();
    private final Map<String, Role> roles = new HashMap<>();

    private CrossChecks(Estimate estimate) {
        this.estimate = estimate;
    }

    static List<Finding> check(Estimate estimate) {
        CrossChecks checks = new CrossChecks(estimate);
        checks.run();
        return checks.findings;
    }

    private void run() {
        header(estimate.header());
        roles();
        for (int i = 0; i < estimate.breakdown().size(); i++) {
            group(estimate.breakdown().get(i), "/breakdown/" + i);
        }
        if (items.isEmpty() && estimate.breakdown().stream().allMatch(g -> g.id() != null)) {
            report(estimate.breakdown().isEmpty() ? "/breakdown" : "/breakdown/0",
                    "the breakdown has no line items: an estimate needs at least one costed item");
        }
        register(estimate.assumptions(), Assumption::id, "/assumptions");
        register(estimate.risks(), Risk::id, "/risks");
        register(estimate.adjustments(), Adjustment::id, "/adjustments");
        register(estimate.alternatives(), Alternative::id, "/alternatives");
        references();
        assumptions();
        risks();
        contingency(estimate.contingency());
        simulation();
        history();
        adjustments();
        milestones();
        alternatives();
        internal(estimate.internal());
        revisionChanges(estimate.header());
        negotiationLog(estimate.internal());
    }

    private void header(Header header) {
        if (header == null) {
            return;
        }
        if (header.language() != null && !LANGUAGES.contains(header.language().trim())) {
            report("/header/language", "documents can be written in en (English), it (Italian) or ja (Japanese), not '"
                    + header.language() + "'");
        }
        if (header.issueDate() != null && header.validUntil() != null
                && header.validUntil().isBefore(header.issueDate())) {
            report("/header/validUntil", "the estimate would expire (" + header.validUntil()
                    + ") before it is issued (" + header.issueDate() + ")");
        }
        if (header.revision() != null && header.revision().number() > 1
                && (header.revision().note() == null || header.revision().note().isBlank())) {
            report("/header/revision/note", "revision " + header.revision().number()
                    + " needs a note saying what changed since the previous revision, and why");
        }
        AccuracyRange accuracy = header.accuracy();
        if (accuracy != null && accuracy.low() != null && accuracy.high() != null
                && accuracy.low().signum() == 0 && accuracy.high().signum() == 0) {
            report("/header/accuracy", "an accuracy range of 0 % to 0 % claims certainty no estimate has");
        }
    }

    private void roles() {
        BigDecimal hours = estimate.rateCard().hoursPerDay();
        if (hours != null && hours.signum() > 0 && hours.compareTo(BigDecimal.ONE) < 0) {
            report("/rateCard/hoursPerDay", "a working day of " + hours.toPlainString()
                    + " hours is not plausible; give the hours in a day, from 1 to 24 (default 8)");
        }
        List<Role> list = estimate.rateCard().roles();
        for (int i = 0; i < list.size(); i++) {
            Role role = list.get(i);
            if (role.id() == null) {
                continue;
            }
            if (role.id().length() > MAX_ID_LENGTH) {
                report("/rateCard/roles/" + i + "/id", "an id is a short code of at most " + MAX_ID_LENGTH
                        + " characters; this one has " + role.id().length());
            }
            if (roles.putIfAbsent(role.id(), role) != null) {
                report("/rateCard/roles/" + i + "/id", "the role id '" + role.id() + "' is used twice on the rate card");
            }
            absurdAmount(role.rate(), "/rateCard/roles/" + i + "/rate", "rate");
        }
    }

    private void group(Group group, String pointer) {
        id(group.id(), pointer);
        if (group.id() != null) {
            groupIds.add(group.id());
        }
        if (group.items().isEmpty() && group.groups().isEmpty() && group.id() != null) {
            report(pointer, "the group '" + group.id() + "' is empty: give it items or subgroups, or remove it");
        }
        for (int i = 0; i < group.items().size(); i++) {
            LineItem item = group.items().get(i);
            String at = pointer + "/items/" + i;
            id(item.id(), at);
            if (item.id() != null) {
                items.putIfAbsent(item.id(), item);
            }
            item(item, at);
        }
        for (int i = 0; i < group.groups().size(); i++) {
            group(group.groups().get(i), pointer + "/groups/" + i);
        }
    }

    private void item(LineItem item, String at) {
        // Pointers are spelled out only where a finding needs one: 100,000 items made millions of them.
        quantity(item.quantity(), at, "/quantity");
        if (item.justification() != null && !item.justification().pastProjects().isEmpty()) {
            pastProjectCitations(item.justification().pastProjects(), at + "/justification/pastProjects");
        }
        if (item.role() != null && item.unitPrice() != null) {
            report(at + "/unitPrice", "give either a role (labour priced from the rate card) or a unit price, not both");
        } else if (item.role() == null && item.unitPrice() == null) {
            report(at, "the item has no price: give a role from the rate card or a unit price");
        }
        if (item.role() != null) {
            if (!roles.containsKey(item.role())) {
                report(at + "/role", "there is no role '" + item.role() + "' on the rate card" + known(roleIds()));
            } else if (item.unit() != null && !item.unit().isTime()) {
                report(at + "/unit", "an item priced from a role's rate is counted in hours or days, not "
                        + (item.customUnit() != null ? item.customUnit().name() : item.unit().fileName()));
            }
            if (item.unitCost() != null) {
                report(at + "/unitCost", "a labour item's cost comes from its role's cost rate; remove unitCost");
            }
        }
        if (item.unitPrice() != null) {
            absurdAmount(item.unitPrice(), at + "/unitPrice", "unit price");
        }
    }

    /** The quantity at {@code at + field}. */
    private void quantity(Quantity quantity, String at, String field) {
        switch (quantity) {
            case null -> { }
            case Quantity.Fixed fixed -> plausible(fixed.value(), at, field, "");
            case Quantity.ThreePoint tp -> {
                plausible(tp.optimistic(), at, field, "/optimistic");
                plausible(tp.mostLikely(), at, field, "/mostLikely");
                plausible(tp.pessimistic(), at, field, "/pessimistic");
                if (tp.optimistic() != null && tp.mostLikely() != null && tp.optimistic().compareTo(tp.mostLikely()) > 0) {
                    report(at + field + "/optimistic", "the optimistic quantity (" + tp.optimistic().toPlainString()
                            + ") is above the most likely one (" + tp.mostLikely().toPlainString() + ")");
                }
                if (tp.mostLikely() != null && tp.pessimistic() != null && tp.mostLikely().compareTo(tp.pessimistic()) > 0) {
                    report(at + field + "/pessimistic", "the pessimistic quantity (" + tp.pessimistic().toPlainString()
                            + ") is below the most likely one (" + tp.mostLikely().toPlainString() + ")");
                }
            }
        }
    }

    /** A quantity at {@code at + field + part}. */
    private void plausible(BigDecimal value, String at, String field, String part) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            report(at + field + part, "a quantity cannot be negative (" + value.toPlainString() + ")");
        } else if (value.compareTo(ABSURD_QUANTITY) >= 0) {
            report(at + field + part, "a quantity of " + value.toPlainString() + " is not plausible; check the unit");
        }
    }

    private void absurdAmount(BigDecimal value, String at, String what) {
        if (value != null && value.compareTo(ABSURD_AMOUNT) >= 0) {
            report(at, "a " + what + " of " + value.toPlainString() + " is not plausible");
        }
    }

    private void references() {
        Set<String> assumptionIds = new HashSet<>();
        estimate.assumptions().forEach(a -> assumptionIds.add(a.id()));
        Set<String> riskIds = new HashSet<>();
        estimate.risks().forEach(r -> riskIds.add(r.id()));
        forEachItem((item, group, index) -> {
            // Most items cite known ids once each: their pointer is spelled out only when one does not.
            if (item.justification() == null || citesWell(item.justification().assumptions(), assumptionIds)
                    && citesWell(item.justification().risks(), riskIds)) {
                return;
            }
            String at = group + "/items/" + index;
            List<String> assumptions = item.justification().assumptions();
            if (assumptions.size() > 1) {
                noRepeats(assumptions, at + "/justification/assumptions");
            }
            if (item.justification().risks().size() > 1) {
                noRepeats(item.justification().risks(), at + "/justification/risks");
            }
            for (int i = 0; i < assumptions.size(); i++) {
                String id = assumptions.get(i);
                if (!assumptionIds.contains(id)) {
                    report(at + "/justification/assumptions/" + i, "there is no assumption '" + id + "'"
                            + known(estimate.assumptions().stream().map(Assumption::id).toList()));
                }
            }
            List<String> risks = item.justification().risks();
            for (int i = 0; i < risks.size(); i++) {
                String id = risks.get(i);
                if (!riskIds.contains(id)) {
                    report(at + "/justification/risks/" + i, "there is no risk '" + id + "'"
                            + known(estimate.risks().stream().map(Risk::id).toList()));
                }
            }
        });
    }

    /** Whether {@code cited} names only ids of {@code known}, each once (a short list: no set is built). */
    private static boolean citesWell(List<String> cited, Set<String> known) {
        for (int i = 0; i < cited.size(); i++) {
            String id = cited.get(i);
            if (!known.contains(id)) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (java.util.Objects.equals(id, cited.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An item cites past projects the history (inline or shared file) lists, each once. */
    private void pastProjectCitations(List<String> ids, String at) {
        noRepeats(ids, at);
        List<dev.estimator.core.model.PastProject> known = estimate.history() == null ? List.of()
                : estimate.history().allProjects();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (estimate.history() == null || estimate.history().project(id).isEmpty()) {
                report(at + "/" + i, "there is no past project '" + id + "' under history"
                        + known(known.stream().map(dev.estimator.core.model.PastProject::id).toList()));
            }
        }
    }

    private void assumptions() {
        List<Assumption> list = estimate.assumptions();
        for (int i = 0; i < list.size(); i++) {
            Assumption assumption = list.get(i);
            String at = "/assumptions/" + i + "/impact";
            if (assumption.impact() == null) {
                continue;
            }
            if (assumption.impact().amount() != null && assumption.impact().percent() != null) {
                report(at, "give the impact either as an amount or as a percent, not both");
            }
            if (assumption.impact().amount() == null && assumption.impact().percent() == null
                    && (assumption.impact().description() == null || assumption.impact().description().isBlank())) {
                report(at, "say what the failure of this assumption would cost: an amount, a percent or a description");
            }
            notNegative(assumption.impact().amount(), at + "/amount", "the cost of a failed assumption");
            notNegative(assumption.impact().percent(), at + "/percent", "the cost of a failed assumption");
            moneyScale(assumption.impact().amount(), at + "/amount");
            itemReferences(assumption.impact().items(), at + "/items");
        }
    }

    private void risks() {
        List<Risk> list = estimate.risks();
        for (int i = 0; i < list.size(); i++) {
            Risk risk = list.get(i);
            String at = "/risks/" + i;
            if (risk.impact() != null && risk.impact().low() != null && risk.impact().high() != null
                    && risk.impact().low().compareTo(risk.impact().high()) > 0) {
                report(at + "/impact/low", "the low end of the impact (" + risk.impact().low().toPlainString()
                        + ") is above the high end (" + risk.impact().high().toPlainString() + ")");
            }
            if (risk.impact() != null) {
                moneyScale(risk.impact().low(), at + "/impact/low");
                moneyScale(risk.impact().high(), at + "/impact/high");
            }
            itemReferences(risk.items(), at + "/items");
            itemReferences(risk.coveredBy(), at + "/coveredBy");
        }
    }

    private void contingency(Contingency contingency) {
        if (contingency == null || contingency.method() == null) {
            return;
        }
        String at = "/contingency";
        if (contingency.confidence() != null && contingency.method() != ContingencyMethod.SIMULATION) {
            report(at + "/confidence", "a confidence is used only with method: simulation; remove it or change the method");
        }
        switch (contingency.method()) {
            case PERCENT -> {
                if (contingency.percent() == null) {
                    report(at + "/percent", "a percent contingency needs its percent, e.g. percent: 8");
                }
                if (contingency.amount() != null) {
                    report(at + "/amount", "a percent contingency has no amount; remove it or use method: amount");
                }
            }
            case AMOUNT -> {
                if (contingency.amount() == null) {
                    report(at + "/amount", "an amount contingency needs its amount, e.g. amount: 5000");
                }
                if (contingency.percent() != null) {
                    report(at + "/percent", "an amount contingency has no percent; remove it or use method: percent");
                }
                moneyScale(contingency.amount(), at + "/amount");
            }
            case RISK_BASED -> {
                if (estimate.risks().isEmpty()) {
                    report(at + "/method", "a risk-based contingency needs risks to be listed under risks");
                }
                if (contingency.percent() != null || contingency.amount() != null) {
                    report(at + "/method", "a risk-based contingency is computed from the risks; remove percent and amount");
                }
            }
            case SIMULATION -> {
                if (contingency.confidence() == null) {
                    report(at + "/confidence", "a simulation contingency needs its confidence, from 1 to 99 %, e.g."
                            + " confidence: 80");
                }
                if (contingency.percent() != null || contingency.amount() != null) {
                    report(at + "/method", "a simulation contingency is computed from the simulated outcomes;"
                            + " remove percent and amount");
                }
            }
        }
    }

    /** Correlation groups name existing line items, each in one group at most. */
    private void simulation() {
        SimulationSettings settings = estimate.simulation();
        if (settings == null) {
            return;
        }
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < settings.correlations().size(); g++) {
            CorrelationGroup group = settings.correlations().get(g);
            String at = "/simulation/correlations/" + g + "/items";
            if (group.items().size() < 2) {
                report(at, "a correlation group needs at least two line items to move together");
            }
            itemReferences(group.items(), at);
            for (int i = 0; i < group.items().size(); i++) {
                String id = group.items().get(i);
                Integer earlier = id == null ? null : groupOf.putIfAbsent(id, g);
                if (earlier != null && earlier != g) {
                    report(at + "/" + i, "'" + id + "' is already in correlation group " + earlier
                            + "; an item belongs to one group at most");
                }
            }
        }
    }

    /** Past projects have their own ids, each once, with amounts in the currency's scale. */
    private void history() {
        History history = estimate.history();
        if (history == null) {
            return;
        }
        if (Boolean.TRUE.equals(history.applyToSimulation()) && history.allProjects().isEmpty()) {
            report("/history/applyToSimulation", "there are no past projects to apply; list them under projects");
        }
        Set<String> seen = new HashSet<>();
        history.shared().forEach(p -> seen.add(p.id()));
        for (int i = 0; i < history.projects().size(); i++) {
            String id = history.projects().get(i).id();
            if (id != null && !seen.add(id)) {
                report("/history/projects/" + i + "/id", "the past project '" + id + "' is listed twice"
                        + (history.shared().stream().anyMatch(p -> id.equals(p.id())) ? " (the history file lists it)" : "")
                        + "; list each once");
            }
            moneyScale(history.projects().get(i).estimated(), "/history/projects/" + i + "/estimated");
            moneyScale(history.projects().get(i).actual(), "/history/projects/" + i + "/actual");
        }
    }

    private void adjustments() {
        List<Adjustment> list = estimate.adjustments();
        for (int i = 0; i < list.size(); i++) {
            Adjustment adjustment = list.get(i);
            String at = "/adjustments/" + i;
            if (adjustment.percent() == null && adjustment.amount() == null) {
                report(at, "give the adjustment a percent or an amount");
            } else if (adjustment.percent() != null && adjustment.amount() != null) {
                report(at, "give the adjustment either a percent or an amount, not both");
            }
            moneyScale(adjustment.amount(), at + "/amount");
        }
        BigDecimal discounts = list.stream().filter(a -> a.kind() == AdjustmentKind.DISCOUNT && a.percent() != null)
                .map(Adjustment::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (discounts.compareTo(HUNDRED) >= 0) {
            report("/adjustments", "the percentage discounts add up to " + discounts.toPlainString()
                    + " %: the price would vanish");
        }
    }

    private void milestones() {
        List<Milestone> list = estimate.milestones();
        if (list.isEmpty() || list.stream().anyMatch(m -> m.percent() == null)) {
            return;
        }
        BigDecimal sum = list.stream().map(Milestone::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            report("/milestones", "the payment milestones add up to " + sum.stripTrailingZeros().toPlainString()
                    + " %, not 100 %");
        }
    }

    private void alternatives() {
        List<Alternative> list = estimate.alternatives();
        for (int i = 0; i < list.size(); i++) {
            Alternative alternative = list.get(i);
            String at = "/alternatives/" + i;
            if (alternative.basedOn() != null && estimate.alternative(alternative.basedOn()).isEmpty()) {
                report(at + "/basedOn", "there is no alternative '" + alternative.basedOn() + "' to build on");
                continue;
            }
            List<String> cycle = cycle(alternative);
            if (!cycle.isEmpty()) {
                report(at + "/basedOn", cycle.getFirst().equals(alternative.id())
                        ? "the alternatives build on each other in a circle: " + String.join(" → ", cycle)
                        : "this alternative builds on '" + alternative.basedOn() + "', and the alternatives beneath it"
                        + " build on each other in a circle (" + String.join(" → ", cycle) + "); break the circle");
                continue;
            }
            changes(alternative, at);
        }
    }

    /**
     * The circle on the basedOn chain from {@code start}, from its first member back to it, or empty
     * when the chain ends. The circle need not include {@code start}: following such a chain would
     * never end either.
     */
    private List<String> cycle(Alternative start) {
        List<String> chain = new ArrayList<>();
        Alternative current = start;
        while (current != null && current.id() != null) {
            if (chain.contains(current.id())) {
                return withEnd(chain.subList(chain.indexOf(current.id()), chain.size()), current.id());
            }
            chain.add(current.id());
            current = current.basedOn() == null ? null : estimate.alternative(current.basedOn()).orElse(null);
        }
        return List.of();
    }

    private static List<String> withEnd(List<String> chain, String end) {
        List<String> out = new ArrayList<>(chain);
        out.add(end);
        return out;
    }

    /** Replays the changes (after those of the alternatives it builds on) to check each names something that exists then. */
    private void changes(Alternative alternative, String at) {
        Present present = new Present(items.keySet());
        List<Alternative> chain = new ArrayList<>();
        for (Alternative a = alternative; a != null; a = a.basedOn() == null ? null : estimate.alternative(a.basedOn()).orElse(null)) {
            chain.addFirst(a);
        }
        for (Alternative step : chain) {
            boolean own = step == alternative;
            for (int c = 0; c < step.changes().size(); c++) {
                Change change = step.changes().get(c);
                String cat = at + "/changes/" + c;
                if (own) {
                    switch (change) {
                        case Change.ChangeQuantity q -> quantity(q.quantity(), cat, "/quantity");
                        // A new item meets the same rules as one in the baseline (unit, price, quantity).
                        case Change.Add add when add.newItem() != null -> item(add.newItem(), cat + "/newItem");
                        case Change.Swap swap when swap.newItem() != null -> item(swap.newItem(), cat + "/newItem");
                        default -> { }
                    }
                }
                String problem = apply(change, present);
                if (problem != null && own) {
                    report(cat, problem);
                }
            }
        }
    }

    private String apply(Change change, Present present) {
        return switch (change) {
            case Change.Drop drop -> remove(drop.item(), present, "drop");
            case Change.ChangeQuantity q -> exists(q.item(), present, "change the quantity of");
            case Change.ChangeUnitPrice p -> {
                String missing = exists(p.item(), present, "change the price of");
                if (missing == null && items.containsKey(p.item()) && items.get(p.item()).role() != null) {
                    yield "item '" + p.item() + "' is priced from a role; change the role's rate instead (action: rate)";
                }
                yield missing;
            }
            case Change.ChangeRate r -> r.role() == null || roles.containsKey(r.role()) ? null
                    : "there is no role '" + r.role() + "' on the rate card" + known(roleIds());
            case Change.Add add -> {
                if (add.group() != null && !groupIds.contains(add.group())) {
                    yield "there is no group '" + add.group() + "' to add the item to";
                }
                yield added(add.newItem(), present);
            }
            case Change.Swap swap -> {
                String missing = remove(swap.item(), present, "swap out");
                yield missing != null ? missing : added(swap.newItem(), present);
            }
        };
    }

    private String remove(String id, Present present, String verb) {
        String missing = exists(id, present, verb);
        if (missing == null) {
            present.remove(id);
        }
        return missing;
    }

    private String exists(String id, Present present, String verb) {
        if (id == null || present.contains(id)) {
            return null;
        }
        return items.containsKey(id)
                ? "cannot " + verb + " item '" + id + "': an earlier change already removed it"
                : "cannot " + verb + " item '" + id + "': there is no such item" + known(items.keySet());
    }

    private String added(LineItem item, Present present) {
        if (item == null || item.id() == null) {
            return null;
        }
        if (present.contains(item.id()) || ids.contains(item.id())) {
            return "the new item's id '" + item.id() + "' is already used in the estimate";
        }
        if (item.role() != null && !roles.containsKey(item.role())) {
            return "the new item names role '" + item.role() + "', which is not on the rate card";
        }
        if (item.role() == null && item.unitPrice() == null) {
            return "the new item has no price: give a role from the rate card or a unit price";
        }
        present.add(item.id());
        return null;
    }

    /**
     * The item ids present after some changes: the baseline's, less those removed, plus those added.
     * Each alternative replays its changes over the baseline; copying 100,000 ids for each was most of
     * the check's time.
     */
    private static final class Present {
        private final Set<String> baseline;
        private final Set<String> removed = new HashSet<>();
        private final Set<String> added = new HashSet<>();

        Present(Set<String> baseline) {
            this.baseline = baseline;
        }

        boolean contains(String id) {
            return added.contains(id) || baseline.contains(id) && !removed.contains(id);
        }

        void add(String id) {
            if (baseline.contains(id)) {
                removed.remove(id);
            } else {
                added.add(id);
            }
        }

        void remove(String id) {
            if (!added.remove(id)) {
                removed.add(id);
            }
        }
    }

    /** Each entry of the negotiation log that names an adjustment names one of this estimate's. */
    private void negotiationLog(InternalSection internal) {
        if (internal == null) {
            return;
        }
        Set<String> adjustmentIds = new HashSet<>();
        estimate.adjustments().forEach(a -> adjustmentIds.add(a.id()));
        for (int i = 0; i < internal.negotiation().size(); i++) {
            String id = internal.negotiation().get(i).adjustment();
            if (id != null && !adjustmentIds.contains(id)) {
                report("/internal/negotiation/" + i + "/adjustment", "'" + id + "' is not the id of a discount or "
                        + "surcharge of this estimate" + known(adjustmentIds));
            }
        }
    }

    /** Each reason per change names ids of this revision, or ids removed since the previous one. */
    private void revisionChanges(Header header) {
        if (header == null || header.revision() == null) {
            return;
        }
        List<RevisionChange> changes = header.revision().changes();
        for (int i = 0; i < changes.size(); i++) {
            RevisionChange change = changes.get(i);
            String at = "/header/revision/changes/" + i;
            if (change.items().isEmpty() && change.removed().isEmpty()) {
                report(at, "say which ids this reason is about (items, or removed for what this revision no longer has)");
            }
            for (int j = 0; j < change.items().size(); j++) {
                String id = change.items().get(j);
                if (id != null && !ids.contains(id) && !roles.containsKey(id)
                        && !RevisionChange.SECTION_WORDS.contains(id)) {
                    report(at + "/items/" + j, "'" + id + "' is not an id of this revision; a reason about something "
                            + "the previous revision had and this one no longer has goes under removed");
                }
            }
            for (int j = 0; j < change.removed().size(); j++) {
                String id = change.removed().get(j);
                if (id != null && (ids.contains(id) || roles.containsKey(id))) {
                    report(at + "/removed/" + j, "'" + id + "' is still in this revision, so it was not removed; "
                            + "list it under items");
                }
            }
        }
    }

    private void internal(InternalSection internal) {
        if (internal == null) {
            return;
        }
        if (internal.targetPrice() != null && internal.walkAwayPrice() != null
                && internal.walkAwayPrice().compareTo(internal.targetPrice()) > 0) {
            report("/internal/walkAwayPrice", "the walk-away price (" + internal.walkAwayPrice().toPlainString()
                    + ") is above the target price (" + internal.targetPrice().toPlainString()
                    + "); the walk-away price is the lowest you would accept");
        }
        moneyScale(internal.targetPrice(), "/internal/targetPrice");
        moneyScale(internal.walkAwayPrice(), "/internal/walkAwayPrice");
    }

    private void itemReferences(List<String> references, String at) {
        noRepeats(references, at);
        for (int i = 0; i < references.size(); i++) {
            if (!items.containsKey(references.get(i))) {
                report(at + "/" + i, "there is no line item '" + references.get(i) + "'" + known(items.keySet()));
            }
        }
    }

    private void notNegative(BigDecimal value, String at, String what) {
        if (value != null && value.signum() < 0) {
            report(at, what + " cannot be negative (" + value.toPlainString() + ")");
        }
    }

    /** A list of ids names each one once: a repeat is a slip, and the schema refuses it too. */
    private void noRepeats(List<String> references, String at) {
        if (references.size() < 2) {
            return;
        }
        // A short list (an item's citations, often two or three) is compared pairwise, without a set.
        Set<String> seen = references.size() > 8 ? new HashSet<>() : null;
        for (int i = 0; i < references.size(); i++) {
            if (references.get(i) != null && (seen != null ? !seen.add(references.get(i))
                    : references.subList(0, i).contains(references.get(i)))) {
                report(at + "/" + i, "'" + references.get(i) + "' is listed twice here; list each one once");
            }
        }
    }

    /** An amount stated in the file must fit the currency: no cents in JPY, at most two decimals in EUR. */
    private void moneyScale(BigDecimal amount, String at) {
        if (amount == null || estimate.header() == null || estimate.header().currency() == null) {
            return;
        }
        int digits = Math.max(0, estimate.header().currency().getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            report(at, amount.toPlainString() + " has more decimals than " + estimate.header().currency().getCurrencyCode()
                    + " allows (" + digits + ")");
        }
    }

    private <T> void register(List<T> list, java.util.function.Function<T, String> id, String pointer) {
        for (int i = 0; i < list.size(); i++) {
            id(id.apply(list.get(i)), pointer + "/" + i);
        }
    }

    /** The id at {@code at + "/id"}. */
    private void id(String id, String at) {
        if (id == null) {
            return;
        }
        if (id.length() > MAX_ID_LENGTH) {
            report(at + "/id", "an id is a short code of at most " + MAX_ID_LENGTH + " characters; this one has " + id.length());
        }
        if (!ids.add(id)) {
            report(at + "/id", "the id '" + id + "' is already used elsewhere in the estimate; ids must be unique");
        }
    }

    /** Hands every line item to {@code action} with its group's pointer and its index there. */
    private void forEachItem(ItemVisitor action) {
        for (int i = 0; i < estimate.breakdown().size(); i++) {
            forEachItem(estimate.breakdown().get(i), "/breakdown/" + i, action);
        }
    }

    private static void forEachItem(Group group, String pointer, ItemVisitor action) {
        for (int i = 0; i < group.items().size(); i++) {
            action.visit(group.items().get(i), pointer, i);
        }
        for (int i = 0; i < group.groups().size(); i++) {
            forEachItem(group.groups().get(i), pointer + "/groups/" + i, action);
        }
    }

    /** An item, its group's pointer and its index in the group: the item's pointer is spelled out only when needed. */
    @FunctionalInterface
    private interface ItemVisitor {
        void visit(LineItem item, String groupPointer, int index);
    }

    private List<String> roleIds() {
        return estimate.rateCard().roles().stream().map(Role::id).toList();
    }

    private static String known(java.util.Collection<String> ids) {
        List<String> list = ids.stream().filter(java.util.Objects::nonNull).limit(12).toList();
        return list.isEmpty() ? "" : " (known: " + String.join(", ", list) + (ids.size() > 12 ? ", ..." : "") + ")";
    }

    private void report(String pointer, String message) {
        if (pointer != null) {
            findings.add(new Finding(pointer, message));
        }
    }
}
