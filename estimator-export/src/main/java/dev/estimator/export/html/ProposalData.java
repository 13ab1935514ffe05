package dev.estimator.export.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.acceptance.ContentHash;
import dev.estimator.core.acceptance.ProposalChoices;
import dev.estimator.core.calc.AdjustmentAmount;
import dev.estimator.core.calc.AlternativeApplier;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.ItemTotal;
import dev.estimator.core.calc.RecurringCharge;
import dev.estimator.core.calc.RecurringTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.export.document.Phrasing;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Milestone;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.ProposalTexts;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures the interactive proposal's script works from, as JSON: only what the client's copy
 * of the document already shows. Per variant (the baseline, then each alternative) the one-time
 * items' amounts in minor units and which are optional; the price-chain rules (the contingency
 * as a percentage of the subtotal or a fixed amount, the adjustments in order, the tax rate, how
 * the contingency is billed, the milestones' percentages); the money format; the revision and
 * its content hash; the panel's words. Every amount was computed by the calculator; percentages
 * are the file's own. Nothing internal: the request's estimate is the client's copy, and no cost,
 * margin or negotiation figure is read here.
 */
final class ProposalData {

    /** How many candidates the budget box lists, as {@code estimator fit} does by default. */
    static final int FIT_TOP = 5;
    /** The budget box searches every combination in the browser: up to this many. */
    static final int FIT_CAP = 4096;
    /** With a simulated contingency each combination's is simulated at export: up to this many. */
    static final int SIMULATED_FIT_CAP = 16;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProposalData() {
    }

    /** The JSON text, safe inside {@code <script type="application/json">} (no {@code <} anywhere). */
    static String json(ExportRequest request) {
        Estimate estimate = request.estimate();
        EstimateTotals totals = request.totals();
        ProposalTexts texts = ProposalTexts.of(estimate);
        MoneyFormat money = texts.phrasing().money();
        int scale = money.scale();

        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("currency", money.currency().getCurrencyCode());
        root.put("scale", scale);
        root.set("money", moneyPattern(money));
        root.put("revision", estimate.header().revision().number());
        String fingerprint = ContentHash.fingerprint(estimate);
        root.put("fingerprint", fingerprint);
        root.put("revisionText", texts.revision(fingerprint));
        ObjectNode rounding = root.putObject("rounding");
        rounding.put("mode", "half-away-from-zero");
        rounding.put("unit", "minor unit of the currency");
        ArrayNode steps = rounding.putArray("steps");
        List.of("percentage contingency", "each percentage adjustment", "tax", "each milestone but the last")
                .forEach(steps::add);
        ObjectNode labels = root.putObject("labels");
        texts.labels().forEach(labels::put);

        root.put("contingencyBilling", totals.billing().billing() == ContingencyBilling.ON_APPROVAL
                ? "on-approval" : "included");
        root.put("contingencyShown", estimate.contingency() != null);
        ArrayNode adjustments = root.putArray("adjustments");
        List<AdjustmentAmount> amounts = totals.price().adjustments();
        for (AdjustmentAmount amount : amounts) {
            Adjustment adjustment = amount.adjustment();
            ObjectNode node = adjustments.addObject();
            node.put("label", texts.adjustment(adjustment));
            node.put("kind", adjustment.kind().name().toLowerCase(java.util.Locale.ROOT));
            // Only adjustments on the one-time price are here (scope one-time or both): the chain's own.
            node.put("scope", adjustment.appliesTo().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (adjustment.percent() != null) {
                node.put("percent", adjustment.percent().toPlainString());
            } else {
                // A fixed adjustment is the same amount in every selection: the calculator's rounded figure.
                node.put("minor", minor(amount.amount().abs(), scale));
            }
        }
        if (estimate.tax() != null) {
            ObjectNode tax = root.putObject("tax");
            tax.put("label", texts.tax());
            tax.put("percent", estimate.tax().percent().toPlainString());
        } else {
            root.putNull("tax");
        }
        ArrayNode milestones = root.putArray("milestones");
        for (Milestone milestone : estimate.milestones()) {
            ObjectNode node = milestones.addObject();
            node.put("name", milestone.name());
            node.put("due", milestone.due() == null ? "" : milestone.due());
            node.put("percent", milestone.percent().toPlainString());
            node.put("percentText", texts.phrasing().percent(milestone.percent()));
        }

        root.set("texts", texts(texts, estimate));
        ObjectNode range = root.putObject("range");
        // The price section's range sentence: with the simulation's report (every export has it) the
        // optimistic and pessimistic totals only, which the script derives exactly for any selection.
        range.put("shown", totals.simulation() != null);

        ArrayNode variants = root.putArray("variants");
        ProposalChoices choices = ProposalChoices.of(estimate);
        ObjectNode fit = root.putObject("fit");
        long combinations = choices.variants().stream().mapToLong(v -> 1L << Math.min(v.optional().size(), 40)).sum();
        boolean searchable = combinations <= (simulated(estimate) ? SIMULATED_FIT_CAP : FIT_CAP);
        fit.put("available", searchable);
        fit.put("top", FIT_TOP);
        fit.put("quoteMinor", minor(totals.grandTotal(), scale));
        // The budget fit searches with the quote's price chain (FitSearch): a percentage contingency
        // follows the subtotal, any other is held at the amount it comes to for the quote.
        if (estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.PERCENT) {
            fit.put("contingencyPercent", estimate.contingency().percent().toPlainString());
        } else {
            fit.put("contingencyMinor", minor(totals.contingency(), scale));
        }
        for (ProposalChoices.Variant variant : choices.variants()) {
            EstimateTotals variantTotals = variant.alternative() == null ? totals
                    : totals.alternatives().stream().filter(a -> a.alternative().id().equals(variant.alternativeId()))
                            .findFirst().orElseThrow().totals();
            ObjectNode node = variants.addObject();
            node.put("name", variant.alternative() == null ? texts.labels().get("baseline") : variant.alternative().name());
            Estimate applied = variant.estimate();
            boolean percent = applied.contingency() != null && applied.contingency().method() == ContingencyMethod.PERCENT;
            if (percent) {
                node.put("contingencyPercent", applied.contingency().percent().toPlainString());
            } else {
                // An amount, the risks' expected cost or the simulated contingency: fixed whatever is chosen.
                node.put("contingencyMinor", minor(variantTotals.contingency(), scale));
            }
            ArrayNode items = node.putArray("items");
            Set<String> ids = new HashSet<>();
            applied.allItems().filter(i -> !i.isRecurring()).forEach(item -> {
                ids.add(item.id());
                ObjectNode line = items.addObject();
                String label = texts.phrasing().itemLabel(item);
                line.put("label", label);
                ItemTotal priced = variantTotals.item(item.id());
                line.put("minor", minor(priced.amount(), scale));
                if (item.optional()) {
                    line.put("optional", true);
                    line.put("switchLabel", texts.optionalSwitch(label));
                    line.put("title", item.title());
                }
                if (priced.spread() != null) {
                    // The range's figures: the amounts at the optimistic and pessimistic quantities.
                    line.put("optimisticMinor", minor(priced.spread().optimisticAmount(), scale));
                    line.put("pessimisticMinor", minor(priced.spread().pessimisticAmount(), scale));
                }
            });
            recurring(node, texts, applied, variantTotals.recurring(), scale);
            ObjectNode fitNode = node.putObject("fit");
            fitNode.put("name", variant.alternative() == null ? texts.phrasing().text("budget.asQuoted")
                    : variant.alternative().name());
            if (variant.alternative() != null) {
                fitNode.put("givesUp", variant.alternative().givesUp());
                fitNode.put("gains", variant.alternative().gains());
            }
            if (searchable && simulated(estimate)) {
                fitNode.set("contingencyMinor", simulatedContingencies(estimate, variant, scale));
            }
            if (variant.alternative() != null) {
                ArrayNode dropped = node.putArray("dropped");
                estimate.allItems().filter(i -> !i.isRecurring() && !ids.contains(i.id()))
                        .forEach(i -> dropped.add(texts.phrasing().itemLabel(i)));
            }
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n").replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the proposal's figures could not be written as JSON", e);
        }
    }

    /** The panel's words for the recurring charges, the range and the budget box, as the document's. */
    private static ObjectNode texts(ProposalTexts texts, Estimate estimate) {
        Phrasing p = texts.phrasing();
        ObjectNode node = JSON.createObjectNode();
        boolean taxed = estimate.tax() != null;
        node.put("recurring", p.text("proposal.recurring"));
        node.put("recurringLine", p.text("recurring.line"));
        node.put("perCharge", taxed ? p.text("recurring.perChargeWithTax", estimate.tax().name()) : p.text("recurring.perCharge"));
        node.put("charges", p.text("recurring.charges"));
        node.put("overTerm", p.text("recurring.overTerm"));
        for (RecurrencePeriod every : RecurrencePeriod.values()) {
            node.put("every." + every.fileName(), p.text("recurring.every." + every.fileName()));
        }
        node.put("oneTime", p.text("recurring.oneTime"));
        node.put("recurringTotal", p.text("recurring.recurring"));
        node.put("tco", p.text("recurring.tcoTotal"));
        node.put("codeSummary", p.text("proposal.codeSummary", "{0}", "{1}", "{2}"));
        node.put("codeNothingLeftOut", p.text("proposal.codeNothingLeftOut"));
        node.put("onApproval", texts.onApproval());
        node.put("threePointSimulated", p.text("summary.threePointSimulated", "{0}", "{1}"));
        String example = p.amount(new BigDecimal("12500"));
        node.put("budgetExample", example);
        node.put("budget", p.text("proposal.budget", p.text("budget.basis.gross")));
        node.put("budgetHelp", p.text("proposal.budgetHelp", example));
        node.put("budgetFind", p.text("proposal.budgetFind"));
        node.put("budgetInvalid", p.text("proposal.budgetInvalid", example));
        node.put("budgetChoose", p.text("proposal.budgetChoose"));
        node.put("budgetCurrent", p.text("proposal.budgetCurrent"));
        node.put("budgetTitle", p.text("budget.title", "{0}"));
        node.put("budgetBasis", p.text("budget.basis.gross"));
        node.put("budgetIntro", p.text("proposal.budgetIntro", "{0}", "{1}", "{2}", "{3}"));
        node.put("budgetIntroWithin", p.text("proposal.budgetIntroWithin", "{0}", "{1}", "{2}"));
        node.put("budgetHow", p.text("budget.how"));
        node.put("budgetNothingFits", p.text("budget.nothingFits", "{0}"));
        node.put("budgetWithout", p.text("budget.without", "{0}", "{1}"));
        node.put("budgetGivesUp", p.text("budget.givesUp", "{0}"));
        node.put("budgetGains", p.text("budget.gains", "{0}"));
        node.put("budgetSaving", p.text("budget.saving", "{0}"));
        node.put("budgetOver", p.text("budget.over", "{0}"));
        node.put("budgetLeavesOut", p.text("budget.leavesOut", "{0}"));
        // How the document runs titles together: p.list joins with this, p.sentence wraps the join.
        node.put("listSeparator", p.list(List.of("", "")));
        node.put("sentence", p.sentence(List.of("{0}")));
        return node;
    }

    /**
     * A variant's recurring charges as the recurring section prints them: the line, the charge per
     * period (tax included), how many charges, and the term's total; all the calculator's figures.
     */
    private static void recurring(ObjectNode variant, ProposalTexts texts, Estimate applied, RecurringTotals recurring,
                                  int scale) {
        Phrasing p = texts.phrasing();
        ArrayNode charges = variant.putArray("recurring");
        for (RecurringCharge charge : recurring.charges()) {
            ObjectNode node = charges.addObject();
            String title = applied.item(charge.itemId()).map(p::itemLabel).orElse(charge.itemId());
            node.put("label", p.text("recurring.item", title,
                    p.text("recurring.period." + charge.every().fileName()), charge.termMonths()));
            node.put("every", charge.every().fileName());
            node.put("perChargeMinor", minor(charge.total(), scale));
            node.put("charges", charge.charges());
            node.put("termMinor", minor(charge.termTotal(), scale));
        }
    }

    /**
     * With a simulated contingency the budget fit prices each combination with what the simulation
     * comes to for it (FitSearch.price): per combination of the variant's optional items (bit j set:
     * item j left out), that amount in minor units. Only for a few combinations: each is a simulation.
     */
    private static ArrayNode simulatedContingencies(Estimate estimate, ProposalChoices.Variant variant, int scale) {
        Estimate client = estimate.redactedFor(Audience.CLIENT);
        Estimate described = variant.alternative() == null ? client.withAlternatives(List.of())
                : AlternativeApplier.apply(client, variant.alternative());
        ArrayNode out = JSON.createArrayNode();
        int n = variant.optional().size();
        for (int mask = 0; mask < 1 << n; mask++) {
            Set<String> dropped = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if ((mask & 1 << j) != 0) {
                    dropped.add(variant.optional().get(j).id());
                }
            }
            Estimate combination = described.withBreakdown(described.breakdown().stream()
                    .map(g -> g.mapItems(item -> dropped.contains(item.id()) ? null : item)).toList());
            out.add(minor(EstimateCalculator.calculateWithoutSimulation(combination).contingency(), scale));
        }
        return out;
    }

    private static boolean simulated(Estimate estimate) {
        return estimate.contingency() != null && estimate.contingency().method() == ContingencyMethod.SIMULATION;
    }

    /** An amount the calculator rounded to the currency's scale, in minor units (cents). */
    private static String minor(BigDecimal amount, int scale) {
        return amount.setScale(scale).unscaledValue().toString();
    }

    /**
     * How the document writes amounts, taken from the document's own money format: the text
     * before and after the digits, the grouping and decimal separators, for positive and negative
     * amounts. The script writes amounts with them, so the panel's figures read as the PDF's.
     */
    private static ObjectNode moneyPattern(MoneyFormat money) {
        int scale = money.scale();
        ObjectNode node = JSON.createObjectNode();
        Map<String, String> positive = pattern(money.format(BigDecimal.valueOf(1234567, scale)), scale);
        Map<String, String> negative = pattern(money.format(BigDecimal.valueOf(-1234567, scale)), scale);
        positive.forEach(node::put);
        node.put("negativePrefix", negative.get("prefix"));
        node.put("negativeSuffix", negative.get("suffix"));
        // The sign of a difference (MoneyFormat.formatSigned): a minus, or ▲ where the language writes it.
        node.put("minus", money.negatives().mark());
        return node;
    }

    private static Map<String, String> pattern(String sample, int scale) {
        int first = 0;
        while (!Character.isDigit(sample.charAt(first))) {
            first++;
        }
        int last = sample.length() - 1;
        while (!Character.isDigit(sample.charAt(last))) {
            last--;
        }
        String number = sample.substring(first, last + 1);
        // 1234567 at the currency's scale: "12,345.67", "1.234.567" (scale 0), "1,234.567" (scale 3)...
        String integerPart = scale == 0 ? number : number.substring(0, number.length() - scale - 1);
        String decimal = scale == 0 ? "" : number.substring(number.length() - scale - 1, number.length() - scale);
        String group = "";
        for (char c : integerPart.toCharArray()) {
            if (!Character.isDigit(c)) {
                group = String.valueOf(c);
                break;
            }
        }
        return Map.of("prefix", sample.substring(0, first), "suffix", sample.substring(last + 1),
                "group", group, "decimal", decimal);
    }
}
