package dev.estimator.export.document;

import dev.estimator.core.compare.BridgeCause;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;

/**
 * One step of the revision bridge in a few words of the document's language, with its before
 * and after ("Card payments: 7 days → 4 days"). Items are named by title, as the client reads them.
 */
public final class BridgePhrases {

    private final Phrasing p;

    public BridgePhrases(Phrasing phrasing) {
        this.p = phrasing;
    }

    public String describe(BridgeCause cause) {
        return switch (cause) {
            case BridgeCause.ItemRemoved c -> p.text("bridge.itemRemoved", c.item().title());
            case BridgeCause.ItemAdded c -> p.text("bridge.itemAdded", c.item().title());
            case BridgeCause.QuantityChanged c -> p.text("bridge.quantity", c.after().title(),
                    quantity(c.pricedBefore(), c.before()), quantity(c.pricedAfter(), c.after()));
            case BridgeCause.RoleChanged c -> p.text("bridge.rate", c.after().name(), rate(c.before()), rate(c.after()));
            case BridgeCause.HoursPerDayChanged c -> p.text("bridge.hoursPerDay", p.number(c.before()),
                    p.number(c.after()));
            case BridgeCause.ItemRoleChanged c -> p.text("bridge.itemRole", c.after().title(), pricedAs(c.after()),
                    pricedAs(c.before()));
            case BridgeCause.UnitPriceChanged c -> p.text("bridge.unitPrice", c.after().title(),
                    unitPrice(c.before()), unitPrice(c.after()));
            case BridgeCause.OptionalChanged c -> p.text(c.optional() ? "bridge.madeOptional" : "bridge.notOptional",
                    c.item().title());
            case BridgeCause.RiskRemoved c -> p.text("bridge.riskRemoved", c.risk().description());
            case BridgeCause.RiskAdded c -> p.text("bridge.riskAdded", c.risk().description());
            case BridgeCause.RiskChanged c -> p.text("bridge.riskChanged", c.after().description());
            case BridgeCause.ContingencyChanged c -> p.text("bridge.contingency", contingency(c.before()),
                    contingency(c.after()));
            case BridgeCause.AdjustmentRemoved c -> p.text("bridge.adjustmentRemoved", adjustment(c.adjustment()));
            case BridgeCause.AdjustmentAdded c -> p.text("bridge.adjustmentAdded", adjustment(c.adjustment()));
            case BridgeCause.AdjustmentChanged c -> p.text("bridge.adjustmentChanged", p.name(c.after().kind()),
                    size(c.before()), size(c.after()));
            case BridgeCause.AdjustmentsReordered c -> p.text("bridge.reordered");
            case BridgeCause.TaxChanged c -> p.text("bridge.tax", tax(c.before()), tax(c.after()));
            case BridgeCause.OtherChanges c -> p.text("bridge.other");
        };
    }

    private String quantity(BigDecimal priced, LineItem item) {
        return p.number(priced) + " " + p.unit(item.unit(), priced);
    }

    private String rate(Role role) {
        return p.rate(role.rate()) + " " + p.name(role.per());
    }

    private String unitPrice(LineItem item) {
        return item.unitPrice() == null ? p.none() : p.rate(item.unitPrice());
    }

    private String pricedAs(LineItem item) {
        return item.role() == null ? p.text("bridge.unitPriced") : p.roleName(item.role());
    }

    private String contingency(Contingency contingency) {
        if (contingency == null) {
            return p.text("bridge.contingency.none");
        }
        return switch (contingency.method()) {
            case PERCENT -> p.text("bridge.contingency.percent", p.percent(contingency.percent()));
            case AMOUNT -> p.amount(contingency.amount());
            case RISK_BASED -> p.text("bridge.contingency.riskBased");
            case SIMULATION -> p.text("bridge.contingency.simulation",
                    p.percent(BigDecimal.valueOf(contingency.confidence())));
        };
    }

    private String adjustment(Adjustment adjustment) {
        return p.name(adjustment.kind()) + " (" + size(adjustment) + ")";
    }

    private String size(Adjustment adjustment) {
        return adjustment.percent() != null ? p.percent(adjustment.percent()) : p.amount(adjustment.amount());
    }

    private String tax(Tax tax) {
        return tax == null ? p.text("bridge.contingency.none") : tax.name() + " " + p.percent(tax.percent());
    }
}
