package dev.estimator.export.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.acceptance.ContentHash;
import dev.estimator.core.acceptance.ProposalChoices;
import dev.estimator.core.calc.AdjustmentAmount;
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

        ArrayNode variants = root.putArray("variants");
        ProposalChoices choices = ProposalChoices.of(estimate);
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
                line.put("minor", minor(variantTotals.item(item.id()).amount(), scale));
                if (item.optional()) {
                    line.put("optional", true);
                    line.put("switchLabel", texts.optionalSwitch(label));
                }
            });
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
