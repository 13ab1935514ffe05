package dev.estimator.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estimator.core.model.AccuracyRange;
import dev.estimator.core.model.Adjustment;
import dev.estimator.core.model.AdjustmentKind;
import dev.estimator.core.model.AdjustmentScope;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Basis;
import dev.estimator.core.model.Category;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Client;
import dev.estimator.core.model.ClientKind;
import dev.estimator.core.model.Confidence;
import dev.estimator.core.model.Contingency;
import dev.estimator.core.model.CorrelationGroup;
import dev.estimator.core.model.ContingencyMethod;
import dev.estimator.core.model.CostImpact;
import dev.estimator.core.model.CostRange;
import dev.estimator.core.model.CustomUnit;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Exclusion;
import dev.estimator.core.model.GrammaticalGender;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.History;
import dev.estimator.core.model.InternalSection;
import dev.estimator.core.model.Justification;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Milestone;
import dev.estimator.core.model.Named;
import dev.estimator.core.model.NegotiationEntry;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.Party;
import dev.estimator.core.model.PastProject;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.RateCard;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.core.model.Recurrence;
import dev.estimator.core.model.RecurrencePeriod;
import dev.estimator.core.model.Revision;
import dev.estimator.core.model.ClientAcceptance;
import dev.estimator.core.model.RevisionChange;
import dev.estimator.core.model.Risk;
import dev.estimator.core.model.SimulationSettings;
import dev.estimator.core.model.Role;
import dev.estimator.core.model.Tax;
import dev.estimator.core.model.Unit;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** Turns a parsed file into the model, field by field, collecting every problem it meets. */
final class EstimateDecoder {

    private EstimateDecoder() {
    }

    static Estimate decode(JsonNode root, Fields.Decoding decoding) {
        if (!root.isObject()) {
            decoding.report("", "an estimate file is a mapping with header, rateCard, breakdown, ...; this file holds "
                    + (root.isArray() ? "a list" : "a single value"));
            return null;
        }
        Fields f = new Fields(root, "", decoding);
        Estimate estimate = new Estimate(
                f.object("header", EstimateDecoder::header),
                f.object("rateCard", EstimateDecoder::rateCard),
                f.list("breakdown", EstimateDecoder::group),
                f.list("assumptions", EstimateDecoder::assumption),
                f.list("exclusions", x -> new Exclusion(x.text("id"), x.text("description"), x.text("reason"))),
                f.list("risks", EstimateDecoder::risk),
                f.object("contingency", c -> new Contingency(c.choice("method", ContingencyMethod.class),
                        c.decimal("percent"), c.decimal("amount"), c.text("explanation"), c.integer("confidence"))),
                f.list("adjustments", a -> new Adjustment(a.text("id"), a.choice("kind", AdjustmentKind.class),
                        a.text("reason"), a.decimal("percent"), a.decimal("amount"),
                        a.choice("appliesTo", AdjustmentScope.class), a.text("inExchangeFor"),
                        a.text("unconditional"))),
                f.object("tax", t -> new Tax(t.text("name"), t.decimal("percent"))),
                f.list("milestones", m -> new Milestone(m.text("name"), m.decimal("percent"), m.text("due"),
                        m.text("closes"), m.text("opens"))),
                f.texts("terms"),
                f.list("alternatives", EstimateDecoder::alternative),
                f.object("internal", i -> new InternalSection(i.decimal("targetPrice"), i.decimal("walkAwayPrice"),
                        i.decimal("maxDiscountPercent"), i.text("notes"), i.list("negotiation",
                        n -> new NegotiationEntry(n.date("date"), n.choice("by", Owner.class), n.text("asked"),
                                n.text("conceded"), n.text("received"), n.text("adjustment"))))),
                f.object("commercial", CommercialDecoder::commercial),
                f.object("schedule", CommercialDecoder::schedule),
                f.object("simulation", EstimateDecoder::simulation),
                f.object("history", EstimateDecoder::history));
        f.done();
        return estimate;
    }

    private static Header header(Fields h) {
        return new Header(
                h.text("title"),
                h.text("purpose"),
                h.object("client", c -> new Client(c.text("name"), c.choice("kind", ClientKind.class), c.text("contact"),
                        c.text("department"), c.text("address"), c.text("costCentre"), c.text("onBehalfOf"))),
                h.object("provider", p -> new Party(p.text("name"), p.text("contact"), p.text("address"),
                        p.text("taxId"), p.text("registration"), p.text("fiscalCode"), p.text("phone"),
                        p.text("email"))),
                h.text("author"),
                currency(h),
                h.text("language"),
                locale(h),
                h.date("issueDate"),
                h.date("validUntil"),
                h.has("revision") ? h.object("revision", EstimateDecoder::revision) : revisionAbsent(h),
                h.integer("estimateClass"),
                h.object("accuracy", a -> new AccuracyRange(a.decimal("low"), a.decimal("high"))),
                h.text("reference"));
    }

    private static Revision revisionAbsent(Fields h) {
        h.raw("revision");
        return Revision.first();
    }

    private static Revision revision(Fields r) {
        Integer number = r.integer("number");
        return new Revision(number == null ? 1 : number, r.text("note"), r.list("changes",
                c -> new RevisionChange(c.texts("items"), c.texts("removed"), c.text("reason"))),
                r.object("accepted", a -> new ClientAcceptance(a.date("date"), a.text("code"), a.text("fingerprint"),
                        a.text("alternative"), a.texts("optionalItems"), a.decimal("total"))));
    }

    private static Currency currency(Fields h) {
        String code = h.text("currency");
        if (code == null) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
            if (!code.matches("[A-Z]{3}")) {
                // The schema says three capitals; accepting "eur" here would make the two disagree.
                h.report("currency", "write the currency code as three capital letters: " + currency.getCurrencyCode()
                        + ", not '" + code + "'");
                return null;
            }
            if (currency.getDefaultFractionDigits() < 0) {
                // XXX (no currency), XAU (gold), XDR (special drawing rights): codes, but not money to quote in.
                h.report("currency", "'" + code + "' is an ISO 4217 code but not a currency to quote prices in");
                return null;
            }
            return currency;
        } catch (IllegalArgumentException e) {
            h.report("currency", "'" + code + "' is not an ISO 4217 currency code (for example EUR, USD, JPY)");
            return null;
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads the JDK's list of locales, which {@link #locale} checks a file's locale against, on a
     * background thread once per process: the first look-up costs about a tenth of a second, and
     * the header is decoded only after the whole file has been read. Only for a large file
     * ({@link EstimateFiles#CONCURRENT_FROM}): a small one is read before the thread would be done.
     */
    static void prepareInBackground() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread thread = new Thread(Locale::getAvailableLocales, "estimator-locales");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static Locale locale(Fields h) {
        String tag = h.text("locale");
        if (tag == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
            boolean known = java.util.Arrays.asList(Locale.getAvailableLocales()).contains(locale);
            if (!known) {
                h.report("locale", "'" + tag + "' is not a locale this machine knows; use a tag such as en-GB, it-IT or ja-JP");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            h.report("locale", "'" + tag + "' is not a locale tag; use a tag such as en-GB, it-IT or ja-JP");
            return null;
        }
    }

    private static RateCard rateCard(Fields r) {
        return new RateCard(r.decimal("hoursPerDay"), r.list("roles", role -> new Role(role.text("id"),
                role.text("name"), role.decimal("rate"), role.decimal("cost"), role.choice("per", RatePeriod.class))));
    }

    private static Group group(Fields g) {
        return new Group(g.text("id"), g.text("title"), g.text("description"),
                g.list("items", LineItem.class, EstimateDecoder::item), g.list("groups", EstimateDecoder::group));
    }

    /**
     * For {@link BlockYamlReader}: each line item's mapping decoded as soon as it is read (see
     * {@link ItemsAsRead}), on a second thread when {@code concurrent}.
     */
    static ItemsAsRead itemsAsRead(Fields.Decoding decoding, boolean concurrent) {
        return concurrent ? ItemsAsRead.concurrent(decoding) : ItemsAsRead.inline(decoding);
    }

    static LineItem item(Fields i) {
        CustomUnit custom = customUnit(i);
        return new LineItem(i.text("id"), i.text("title"), i.text("description"),
                i.choice("category", Category.class), quantity(i, "quantity"),
                custom != null ? Unit.CUSTOM : standardUnit(i),
                i.text("role"), i.decimal("unitPrice"), i.decimal("unitCost"), i.bool("optional", false),
                i.object("justification", j -> new Justification(j.choice("basis", Basis.class), j.text("reasoning"),
                        j.text("source"), j.choice("confidence", Confidence.class), j.texts("assumptions"),
                        j.texts("risks"), j.texts("pastProjects"))),
                i.object("recurrence", r -> new Recurrence(r.choice("every", RecurrencePeriod.class), r.integer("term"))),
                custom);
    }

    /** A unit the item names itself: {@code unit: {name: verifica, plural: verifiche, gender: feminine}}. */
    private static CustomUnit customUnit(Fields i) {
        JsonNode value = i.raw("unit");
        if (value == null || !value.isObject()) {
            return null;
        }
        return i.object("unit", u -> new CustomUnit(u.text("name"), u.text("plural"),
                u.choice("gender", GrammaticalGender.class)));
    }

    private static Unit standardUnit(Fields i) {
        if (i.raw("unit") != null && i.raw("unit").isObject()) {
            return null; // a custom unit that could not be read, already reported
        }
        JsonNode word = i.raw("unit");
        if (word != null && word.isTextual() && Named.parse(Unit.class, word.asText()) == null) {
            i.report("unit", "'" + word.asText() + "' is not one of: " + java.util.Arrays.stream(Unit.values())
                    .filter(Unit::writable).map(Unit::fileName).collect(java.util.stream.Collectors.joining(", "))
                    + "; to name your own unit, write e.g. {name: verifica, plural: verifiche, gender: feminine}");
            return null;
        }
        Unit unit = i.choice("unit", Unit.class);
        if (unit == Unit.CUSTOM) {
            i.report("unit", "to name your own unit, write it as a mapping, e.g. "
                    + "{name: verifica, plural: verifiche, gender: feminine}");
            return null;
        }
        return unit;
    }

    private static Quantity quantity(Fields parent, String name) {
        JsonNode value = parent.raw(name);
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            return parent.object(name, q -> new Quantity.ThreePoint(
                    q.decimal("optimistic"), q.decimal("mostLikely"), q.decimal("pessimistic")));
        }
        BigDecimal single = parent.decimal(name);
        return single == null ? null : new Quantity.Fixed(single);
    }

    private static Assumption assumption(Fields a) {
        return new Assumption(a.text("id"), a.text("statement"), a.choice("owner", Owner.class), a.text("rationale"),
                a.object("impact", i -> new CostImpact(i.texts("items"), i.decimal("amount"), i.decimal("percent"),
                        i.text("description"))));
    }

    private static Risk risk(Fields r) {
        return new Risk(r.text("id"), r.text("description"), r.decimal("probability"),
                r.object("impact", i -> new CostRange(i.decimal("low"), i.decimal("high"))),
                r.text("mitigation"), r.texts("items"), r.texts("coveredBy"));
    }

    private static History history(Fields h) {
        Boolean apply = h.has("applyToSimulation") ? h.bool("applyToSimulation", false) : null;
        return new History(pastProjects(h), apply, h.text("file"), null);
    }

    /** The {@code projects} list of an estimate's {@code history} or of a shared history file. */
    static List<PastProject> pastProjects(Fields h) {
        return h.list("projects", p -> new PastProject(p.text("id"), p.text("name"), p.integer("year"),
                p.decimal("estimated"), p.decimal("actual"), p.text("note")));
    }

    private static SimulationSettings simulation(Fields s) {
        Integer seed = s.integer("seed");
        return new SimulationSettings(s.integer("trials"), seed == null ? null : seed.longValue(),
                s.list("correlations", g -> new CorrelationGroup(g.texts("items"), g.decimal("coefficient"),
                        g.text("reason"))));
    }

    private static Alternative alternative(Fields a) {
        return new Alternative(a.text("id"), a.text("name"), a.text("rationale"), a.text("gains"), a.text("givesUp"),
                a.text("basedOn"), a.list("changes", EstimateDecoder::change));
    }

    private static Change change(Fields c) {
        String action = c.text("action");
        if (action == null || !List.of("drop", "add", "quantity", "rate", "unit-price", "swap").contains(action.trim())) {
            if (action == null) {
                c.report(null, "every change needs an action: drop, add, quantity, rate, unit-price or swap");
            } else {
                c.report("action", "'" + action + "' is not one of: drop, add, quantity, rate, unit-price, swap");
            }
            c.raw("item");
            c.raw("group");
            c.raw("role");
            c.raw("quantity");
            c.raw("rate");
            c.raw("cost");
            c.raw("unitPrice");
            c.raw("newItem");
            return null;
        }
        return switch (action.trim()) {
            case "drop" -> new Change.Drop(c.text("item"));
            case "add" -> new Change.Add(c.text("group"), c.object("newItem", EstimateDecoder::item));
            case "quantity" -> new Change.ChangeQuantity(c.text("item"), quantity(c, "quantity"));
            case "rate" -> new Change.ChangeRate(c.text("role"), c.decimal("rate"), c.decimal("cost"));
            case "unit-price" -> new Change.ChangeUnitPrice(c.text("item"), c.decimal("unitPrice"));
            case "swap" -> new Change.Swap(c.text("item"), c.object("newItem", EstimateDecoder::item));
            default -> throw new IllegalStateException("unreachable: " + action);
        };
    }
}
