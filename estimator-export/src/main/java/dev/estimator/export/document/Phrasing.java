package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Named;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Unit;
import dev.estimator.export.format.DateFormat;
import dev.estimator.export.format.DocumentTexts;
import dev.estimator.export.format.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way every format words and formats things, in the estimate's language and locale: the
 * document's sentences (this package's {@code messages} bundles), the shared vocabulary, amounts,
 * rates, percentages, dates, and the description of an alternative's change. The PDF, the HTML,
 * the workbook's labels and the command line all phrase through here, so "Leaves out B4", "22 %"
 * and "€0.0035" read the same in each.
 *
 * <p>Patterns go through {@link java.text.MessageFormat}: a literal apostrophe in a bundle is
 * written {@code ''}. Nothing here computes a figure; it only formats the calculator's.
 */
public final class Phrasing {

    private static final String BUNDLE = "dev.estimator.export.document.messages";
    private static final String DASH = "\u2014";

    private final Estimate estimate;
    private final DocumentTexts texts;
    private final MoneyFormat money;
    private final DateFormat dates;

    private Phrasing(Estimate estimate, dev.estimator.export.format.Negatives negatives) {
        this.estimate = estimate;
        Header header = estimate.header();
        this.texts = DocumentTexts.of(BUNDLE, "document", header.language());
        MoneyFormat format = MoneyFormat.of(header.currency(), header.effectiveLocale());
        this.money = negatives == null ? format : format.withNegatives(negatives);
        this.dates = DateFormat.of(header.effectiveLocale());
    }

    /** The phrasing of {@code estimate}'s documents. */
    public static Phrasing of(Estimate estimate) {
        return of(estimate, null);
    }

    /** The phrasing of {@code estimate}'s documents, negatives marked with {@code negatives} ({@code null}: the language's way). */
    public static Phrasing of(Estimate estimate, dev.estimator.export.format.Negatives negatives) {
        Preconditions.checkNotNull(estimate, "estimate");
        return new Phrasing(estimate, negatives);
    }

    /** The language of the texts. */
    public Locale locale() {
        return texts.locale();
    }

    /** The money format (currency and locale) of the figures. */
    public MoneyFormat money() {
        return money;
    }

    /** A text of the document bundle, with {@code args} filled in. */
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A shared label from the vocabulary, e.g. {@code label("total")}. */
    public String label(String name, Object... args) {
        return texts.vocabulary().text("label." + name, args);
    }

    /** Whether the vocabulary has {@code label.NAME} (a label only some locales have, e.g. {@code taxId.GB}). */
    public boolean hasLabel(String name) {
        return texts.vocabulary().has("label." + name);
    }

    /** The word for a model choice, e.g. "Labour". */
    public String name(Named choice) {
        return texts.vocabulary().name(choice);
    }

    /** A unit as it reads after {@code quantity} ("1 piece", "2 pieces"). */
    public String unit(Unit unit, BigDecimal quantity) {
        return texts.vocabulary().unit(unit, quantity);
    }

    /** An item's unit as it reads after {@code quantity}, its own unit included ("6 verifiche"). */
    public String unit(dev.estimator.core.model.LineItem item, BigDecimal quantity) {
        return texts.vocabulary().unit(item, quantity);
    }

    /** An amount in the currency and locale, e.g. {@code €1,234.50}. */
    public String amount(BigDecimal amount) {
        return money.format(amount);
    }

    /** A signed difference, e.g. {@code −€600.00}; a zero difference has no sign. */
    public String signed(BigDecimal amount) {
        return money.formatSigned(amount);
    }

    /**
     * A rate or unit price with the currency. Stated prices may carry more decimals than the
     * currency (a price per API call of 0.0035); those keep their decimals: {@code €0.0035}.
     */
    public String rate(BigDecimal rate) {
        return money.formatRate(rate);
    }

    /** A plain number in the locale, e.g. a quantity {@code 12.5}. */
    public String number(BigDecimal number) {
        return money.formatNumber(number);
    }

    /** A stated percentage as written, e.g. {@code 22 %} (the spacing is the language's). */
    public String percent(BigDecimal percent) {
        return texts.text("format.percent", money.formatNumber(percent));
    }

    /** A computed share (two decimals from the calculator), always with both decimals: {@code 18.40 %}. */
    public String share(BigDecimal percent) {
        NumberFormat format = NumberFormat.getNumberInstance(money.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(Math.max(2, percent.scale()));
        return texts.text("format.percent", format.format(percent));
    }

    /** A signed percentage, e.g. {@code −20 %} or {@code +30 %}. */
    public String signedPercent(BigDecimal percent) {
        return (percent.signum() < 0 ? "\u2212" : "+") + percent(percent.abs());
    }

    /** An accuracy range as {@code −20 % to +30 %}. */
    public String accuracyRange(AccuracyRange accuracy) {
        return texts.text("format.range", signedPercent(accuracy.low()), signedPercent(accuracy.high()));
    }

    /** Items run together as one sentence, e.g. "Design; Build; Launch." (「設計、開発、リリース。」 in Japanese). */
    public String sentence(java.util.List<String> items) {
        return text("format.sentence", String.join(raw("format.listSeparator"), items));
    }

    /** Items run together in a phrase, e.g. "Design; Build" (「設計、開発」 in Japanese). */
    public String list(java.util.List<String> items) {
        return String.join(raw("format.listSeparator"), items);
    }

    /** A bundle entry taken literally (a separator keeps its spaces). */
    private String raw(String key) {
        return texts.raw(key);
    }

    /** A date in the locale. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A month and year, short, e.g. {@code Feb 2027} (a timeline's axis). */
    public String month(LocalDate date) {
        return dates.month(date);
    }

    /** A range of two amounts, e.g. {@code €1,000.00 to €3,000.00}. */
    public String amountRange(BigDecimal low, BigDecimal high) {
        return texts.text("format.range", rate(low), rate(high));
    }

    /** The grand total's label: "Grand total, including VAT" when the estimate charges a tax. */
    public String grandTotalLabel() {
        return estimate.tax() == null ? label("grandTotal") : text("summary.grandTotalWithTax", estimate.tax().name());
    }

    /** A placeholder for a figure that does not exist (no cost rate given). */
    public String none() {
        return DASH;
    }

    /** An item's id and title, e.g. {@code B1  Catalogue and search}. */
    public String itemLabel(LineItem item) {
        return item.id() + "  " + item.title();
    }

    /** The title of the item with {@code id} (in the baseline or added by an alternative), or the id itself. */
    public String itemTitle(String id) {
        return anyItem(id).map(LineItem::title).orElse(id);
    }

    /** A role's name, or its id when the rate card has no such role. */
    public String roleName(String id) {
        return estimate.rateCard().role(id).map(Role::name).orElse(id);
    }

    /** A quantity with its unit, e.g. {@code 8 days}, or {@code 6 / 8 / 12 days} for three points. */
    public String quantity(Quantity quantity, Unit unit) {
        return switch (quantity) {
            case Quantity.Fixed fixed -> number(fixed.value()) + (unit == null ? "" : " " + unit(unit, fixed.value()));
            case Quantity.ThreePoint tp -> number(tp.optimistic()) + " / " + number(tp.mostLikely()) + " / "
                    + number(tp.pessimistic()) + (unit == null ? "" : " " + unit(unit, null));
        };
    }

    /** A quantity with {@code item}'s unit (its own name if it gives one). */
    public String quantity(Quantity quantity, LineItem item) {
        if (item.customUnit() == null) {
            return quantity(quantity, item.unit());
        }
        return switch (quantity) {
            case Quantity.Fixed fixed -> number(fixed.value()) + " " + unit(item, fixed.value());
            case Quantity.ThreePoint tp -> number(tp.optimistic()) + " / " + number(tp.mostLikely()) + " / "
                    + number(tp.pessimistic()) + " " + unit(item, null);
        };
    }

    /** 1 when words agreeing with {@code item}'s unit take the feminine (Italian "ciascuna"), else 0: for choice patterns. */
    public int gender(LineItem item) {
        return texts.vocabulary().feminine(item) ? 1 : 0;
    }

    /** One change of an alternative in plain words, e.g. "Leaves out Advanced search". */
    public String change(Change change) {
        return switch (change) {
            case Change.Drop drop -> text("change.drop", itemTitle(drop.item()));
            case Change.Add add -> text("change.add", add.newItem().title());
            case Change.ChangeQuantity q -> text("change.quantity", itemTitle(q.item()),
                    anyItem(q.item()).map(item -> quantity(q.quantity(), item)).orElseGet(() -> quantity(q.quantity(), (Unit) null)));
            case Change.ChangeRate r -> text("change.rate", roleName(r.role()), rate(r.rate()));
            case Change.ChangeUnitPrice p -> text("change.unitPrice", itemTitle(p.item()), rate(p.unitPrice()));
            case Change.Swap swap -> text("change.swap", itemTitle(swap.item()), swap.newItem().title());
        };
    }

    /** "Builds on Lean launch" for an alternative built on another, by that one's name. */
    public String basedOn(String alternativeId) {
        return text("alternatives.basedOn", estimate.alternative(alternativeId)
                .map(dev.estimator.core.model.Alternative::name).orElse(alternativeId));
    }

    /**
     * The line item with {@code id}: in the baseline, or else one that an alternative adds or swaps
     * in (an alternative built on another may change such an item).
     */
    public Optional<LineItem> anyItem(String id) {
        Optional<LineItem> baseline = estimate.item(id);
        if (baseline.isPresent()) {
            return baseline;
        }
        return estimate.alternatives().stream().flatMap(a -> a.changes().stream())
                .map(change -> switch (change) {
                    case Change.Add add -> add.newItem();
                    case Change.Swap swap -> swap.newItem();
                    default -> null;
                })
                .filter(item -> item != null && id.equals(item.id()))
                .findFirst();
    }
}
