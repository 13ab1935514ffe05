package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Estimate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the interactive proposal's price panel, phrased as the document phrases the same
 * lines (the price section's labels, adjustment texts and tax line), in the estimate's language.
 */
public final class ProposalTexts {

    private static final String[] KEYS = {"heading", "intro", "noscript", "variant", "baseline", "items", "state",
        "included", "excluded", "notInVariant", "price", "billed", "payment", "accept", "code"};

    private final Phrasing p;
    private final Estimate estimate;

    private ProposalTexts(Estimate estimate) {
        this.estimate = estimate;
        this.p = Phrasing.of(estimate);
    }

    public static ProposalTexts of(Estimate estimate) {
        Preconditions.checkNotNull(estimate, "estimate");
        return new ProposalTexts(estimate);
    }

    public Phrasing phrasing() {
        return p;
    }

    /** The panel's fixed texts by short name ({@code heading}, {@code accept}, ...), and the price lines' labels. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : KEYS) {
            labels.put(key, p.text("proposal." + key));
        }
        labels.put("subtotal", p.label("subtotal"));
        labels.put("contingency", p.label("contingency"));
        labels.put("net", p.label("net"));
        labels.put("grandTotal", p.grandTotalLabel());
        labels.put("milestone", p.label("milestone"));
        labels.put("percent", p.label("percent"));
        labels.put("amount", p.label("amount"));
        labels.put("line", p.text("price.line"));
        labels.put("item", p.label("item"));
        labels.put("codeHelp", p.text("proposal.codeHelp", estimate.header().provider().name()));
        return labels;
    }

    /** The price section's sentence on a contingency billed on approval, with {0} {1} {2} left to fill. */
    public String onApproval() {
        return p.text(PriceSection.onApprovalKey(estimate), "{0}", "{1}", "{2}");
    }

    /** The label "Optional: include {item}" of an optional item's switch. */
    public String optionalSwitch(String itemLabel) {
        return p.text("proposal.optional", itemLabel);
    }

    /** An adjustment's line, as the price section writes it. */
    public String adjustment(Adjustment adjustment) {
        return PriceSection.adjustmentText(p, adjustment);
    }

    /** The tax line's label, as the price section writes it; {@code null} when no tax is charged. */
    public String tax() {
        return estimate.tax() == null ? null
                : p.text("price.tax", estimate.tax().name(), p.percent(estimate.tax().percent()));
    }

    /**
     * The reference and the parties as the cover prints them: "Reference: Q-2026-014" (when the
     * estimate has one), then the addressee ("Prepared for X", "Spett.le X", 「X 御中」) and the provider.
     */
    public java.util.List<String> identity() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String reference = PartyLines.reference(estimate.header());
        if (reference != null) {
            lines.add(p.text("proposal.reference", p.label("reference"), reference));
        }
        lines.add(PartyLines.preparedFor(p, estimate.header().client()));
        lines.add(estimate.header().provider().name());
        return lines;
    }

    /** "Revision 2, content fingerprint 3F9C2A71B0DE". */
    public String revision(String fingerprint) {
        return p.text("proposal.revision", p.label("revision") + " " + estimate.header().revision().number(),
                fingerprint);
    }
}
