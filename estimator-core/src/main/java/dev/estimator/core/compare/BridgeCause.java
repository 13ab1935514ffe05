package dev.estimator.core.compare;

import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import java.math.BigDecimal;
import java.util.List;

/** What one step of the revision bridge is about, with the before and after of what changed. */
public sealed interface BridgeCause {

    /** Where the cause stands in the attribution order. */
    default BridgePhase phase() {
        return switch (this) {
            case ItemRemoved c -> BridgePhase.SCOPE;
            case ItemAdded c -> BridgePhase.SCOPE;
            case QuantityChanged c -> BridgePhase.QUANTITY;
            case RoleChanged c -> BridgePhase.RATE;
            case HoursPerDayChanged c -> BridgePhase.RATE;
            case ItemRoleChanged c -> BridgePhase.RATE;
            case UnitPriceChanged c -> BridgePhase.UNIT_PRICE;
            case OptionalChanged c -> BridgePhase.OPTIONAL;
            case RiskRemoved c -> BridgePhase.CONTINGENCY;
            case RiskChanged c -> BridgePhase.CONTINGENCY;
            case RiskAdded c -> BridgePhase.CONTINGENCY;
            case ContingencyChanged c -> BridgePhase.CONTINGENCY;
            case AdjustmentRemoved c -> BridgePhase.ADJUSTMENT;
            case AdjustmentChanged c -> BridgePhase.ADJUSTMENT;
            case AdjustmentsReordered c -> BridgePhase.ADJUSTMENT;
            case AdjustmentAdded c -> BridgePhase.ADJUSTMENT;
            case TaxChanged c -> BridgePhase.TAX;
            case OtherChanges c -> BridgePhase.OTHER;
        };
    }

    /**
     * The id the step is about, matched against the current revision's reasons per change
     * ({@code header.revision.changes}); {@code null} when it has none.
     */
    default String subject() {
        return switch (this) {
            case ItemRemoved c -> c.item().id();
            case ItemAdded c -> c.item().id();
            case QuantityChanged c -> c.after().id();
            case RoleChanged c -> c.after().id();
            case ItemRoleChanged c -> c.after().id();
            case UnitPriceChanged c -> c.after().id();
            case OptionalChanged c -> c.item().id();
            case RiskRemoved c -> c.risk().id();
            case RiskChanged c -> c.after().id();
            case RiskAdded c -> c.risk().id();
            case ContingencyChanged c -> "contingency";
            case AdjustmentRemoved c -> c.adjustment().id();
            case AdjustmentChanged c -> c.after().id();
            case AdjustmentAdded c -> c.adjustment().id();
            case TaxChanged c -> "tax";
            case HoursPerDayChanged c -> null;
            case AdjustmentsReordered c -> null;
            case OtherChanges c -> null;
        };
    }

    record ItemRemoved(LineItem item, String groupId) implements BridgeCause {
    }

    record ItemAdded(LineItem item, String groupId) implements BridgeCause {
    }

    /**
     * @param pricedBefore the quantity priced before (a three-point quantity's PERT mean), from the calculator
     * @param pricedAfter  the quantity priced after
     */
    record QuantityChanged(LineItem before, LineItem after, BigDecimal pricedBefore, BigDecimal pricedAfter)
            implements BridgeCause {
    }

    /** A role's rate, period or cost rate changed. */
    record RoleChanged(Role before, Role after) implements BridgeCause {
    }

    record HoursPerDayChanged(BigDecimal before, BigDecimal after) implements BridgeCause {
    }

    /** An item is priced from another role (or switched between a role and a unit price). */
    record ItemRoleChanged(LineItem before, LineItem after) implements BridgeCause {
    }

    /** A unit price (or the internal unit cost) of an item priced per unit changed. */
    record UnitPriceChanged(LineItem before, LineItem after) implements BridgeCause {
    }

    record OptionalChanged(LineItem item, boolean optional) implements BridgeCause {
    }

    record RiskRemoved(Risk risk) implements BridgeCause {
    }

    /** A risk's probability or impact changed (only listed when a contingency is risk-based). */
    record RiskChanged(Risk before, Risk after) implements BridgeCause {
    }

    record RiskAdded(Risk risk) implements BridgeCause {
    }

    /** The contingency's method, percentage or amount changed; either side may be {@code null} (none). */
    record ContingencyChanged(Contingency before, Contingency after) implements BridgeCause {
    }

    record AdjustmentRemoved(Adjustment adjustment) implements BridgeCause {
    }

    /** An adjustment's kind, percentage or amount changed. */
    record AdjustmentChanged(Adjustment before, Adjustment after) implements BridgeCause {
    }

    /** The adjustments both revisions have now apply in another order (each applies to the running amount). */
    record AdjustmentsReordered(List<String> before, List<String> after) implements BridgeCause {
        public AdjustmentsReordered {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    record AdjustmentAdded(Adjustment adjustment) implements BridgeCause {
    }

    /** The tax rate changed, or a tax was added or removed; either side may be {@code null} (none). */
    record TaxChanged(Tax before, Tax after) implements BridgeCause {
    }

    /** Whatever moved the price that no other cause covers. */
    record OtherChanges() implements BridgeCause {
    }
}
