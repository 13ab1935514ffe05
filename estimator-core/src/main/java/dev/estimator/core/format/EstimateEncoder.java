package dev.estimator.core.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.model.AdjustmentScope;
import dev.estimator.core.model.Alternative;
import dev.estimator.core.model.Assumption;
import dev.estimator.core.model.Change;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Group;
import dev.estimator.core.model.Header;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.Named;
import dev.estimator.core.model.Quantity;
import dev.estimator.core.model.Risk;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the model into the file structure: the exact inverse of {@link EstimateDecoder}, so a
 * written file reads back to an equal estimate. Absent values and empty lists are left out.
 */
final class EstimateEncoder {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private EstimateEncoder() {
    }

    static ObjectNode encode(Estimate e) {
        ObjectNode root = NODES.objectNode();
        if (e.header() != null) {
            root.set("header", header(e.header()));
        }
        ObjectNode rateCard = root.putObject("rateCard");
        put(rateCard, "hoursPerDay", e.rateCard().hoursPerDay());
        list(rateCard, "roles", e.rateCard().roles(), r -> {
            ObjectNode role = NODES.objectNode();
            put(role, "id", r.id());
            put(role, "name", r.name());
            put(role, "rate", r.rate());
            put(role, "cost", r.cost());
            put(role, "per", r.per());
            return role;
        });
        list(root, "breakdown", e.breakdown(), EstimateEncoder::group);
        list(root, "assumptions", e.assumptions(), EstimateEncoder::assumption);
        list(root, "exclusions", e.exclusions(), x -> {
            ObjectNode node = NODES.objectNode();
            put(node, "id", x.id());
            put(node, "description", x.description());
            put(node, "reason", x.reason());
            return node;
        });
        list(root, "risks", e.risks(), EstimateEncoder::risk);
        if (e.contingency() != null) {
            ObjectNode c = root.putObject("contingency");
            put(c, "method", e.contingency().method());
            put(c, "percent", e.contingency().percent());
            put(c, "amount", e.contingency().amount());
            put(c, "explanation", e.contingency().explanation());
            if (e.contingency().confidence() != null) {
                c.put("confidence", e.contingency().confidence());
            }
        }
        list(root, "adjustments", e.adjustments(), a -> {
            ObjectNode node = NODES.objectNode();
            put(node, "id", a.id());
            put(node, "kind", a.kind());
            put(node, "reason", a.reason());
            put(node, "percent", a.percent());
            put(node, "amount", a.amount());
            if (a.appliesTo() != AdjustmentScope.ONE_TIME) {
                put(node, "appliesTo", a.appliesTo());
            }
            put(node, "inExchangeFor", a.inExchangeFor());
            put(node, "unconditional", a.unconditional());
            return node;
        });
        if (e.tax() != null) {
            ObjectNode t = root.putObject("tax");
            put(t, "name", e.tax().name());
            put(t, "percent", e.tax().percent());
        }
        list(root, "milestones", e.milestones(), m -> {
            ObjectNode node = NODES.objectNode();
            put(node, "name", m.name());
            put(node, "percent", m.percent());
            put(node, "due", m.due());
            put(node, "closes", m.closes());
            put(node, "opens", m.opens());
            return node;
        });
        texts(root, "terms", e.terms());
        list(root, "alternatives", e.alternatives(), EstimateEncoder::alternative);
        if (e.internal() != null) {
            ObjectNode i = root.putObject("internal");
            put(i, "targetPrice", e.internal().targetPrice());
            put(i, "walkAwayPrice", e.internal().walkAwayPrice());
            put(i, "maxDiscountPercent", e.internal().maxDiscountPercent());
            put(i, "notes", e.internal().notes());
            list(i, "negotiation", e.internal().negotiation(), entry -> {
                ObjectNode node = NODES.objectNode();
                put(node, "date", entry.date() == null ? null : entry.date().toString());
                put(node, "by", entry.by());
                put(node, "asked", entry.asked());
                put(node, "conceded", entry.conceded());
                put(node, "received", entry.received());
                put(node, "adjustment", entry.adjustment());
                return node;
            });
        }
        if (e.simulation() != null) {
            ObjectNode s = root.putObject("simulation");
            if (e.simulation().trials() != null) {
                s.put("trials", e.simulation().trials());
            }
            if (e.simulation().seed() != null) {
                s.put("seed", e.simulation().seed());
            }
            list(s, "correlations", e.simulation().correlations(), g -> {
                ObjectNode node = NODES.objectNode();
                texts(node, "items", g.items());
                put(node, "coefficient", g.coefficient());
                put(node, "reason", g.reason());
                return node;
            });
        }
        if (e.history() != null) {
            ObjectNode h = root.putObject("history");
            if (e.history().applyToSimulation() != null) {
                h.put("applyToSimulation", e.history().applyToSimulation());
            }
            list(h, "projects", e.history().projects(), p -> {
                ObjectNode node = NODES.objectNode();
                put(node, "id", p.id());
                put(node, "name", p.name());
                if (p.year() != null) {
                    node.put("year", p.year());
                }
                put(node, "estimated", p.estimated());
                put(node, "actual", p.actual());
                put(node, "note", p.note());
                return node;
            });
        }
        if (e.commercial() != null) {
            root.set("commercial", CommercialEncoder.commercial(e.commercial()));
        }
        if (e.schedule() != null) {
            root.set("schedule", CommercialEncoder.schedule(e.schedule()));
        }
        return root;
    }

    private static ObjectNode header(Header h) {
        ObjectNode node = NODES.objectNode();
        put(node, "title", h.title());
        put(node, "reference", h.reference());
        put(node, "purpose", h.purpose());
        if (h.client() != null) {
            ObjectNode client = node.putObject("client");
            put(client, "name", h.client().name());
            put(client, "kind", h.client().kind());
            put(client, "contact", h.client().contact());
            put(client, "department", h.client().department());
            put(client, "address", h.client().address());
            put(client, "costCentre", h.client().costCentre());
            put(client, "onBehalfOf", h.client().onBehalfOf());
        }
        if (h.provider() != null) {
            ObjectNode provider = node.putObject("provider");
            put(provider, "name", h.provider().name());
            put(provider, "contact", h.provider().contact());
            put(provider, "address", h.provider().address());
            put(provider, "taxId", h.provider().taxId());
            put(provider, "registration", h.provider().registration());
            put(provider, "fiscalCode", h.provider().fiscalCode());
            put(provider, "phone", h.provider().phone());
            put(provider, "email", h.provider().email());
        }
        put(node, "author", h.author());
        put(node, "currency", h.currency() == null ? null : h.currency().getCurrencyCode());
        put(node, "language", h.language());
        put(node, "locale", h.locale() == null ? null : h.locale().toLanguageTag());
        put(node, "issueDate", h.issueDate() == null ? null : h.issueDate().toString());
        put(node, "validUntil", h.validUntil() == null ? null : h.validUntil().toString());
        if (h.revision() != null) {
            ObjectNode revision = node.putObject("revision");
            revision.put("number", h.revision().number());
            put(revision, "note", h.revision().note());
            list(revision, "changes", h.revision().changes(), c -> {
                ObjectNode change = NODES.objectNode();
                texts(change, "items", c.items());
                texts(change, "removed", c.removed());
                put(change, "reason", c.reason());
                return change;
            });
        }
        if (h.estimateClass() != null) {
            node.put("estimateClass", h.estimateClass());
        }
        if (h.accuracy() != null) {
            ObjectNode accuracy = node.putObject("accuracy");
            put(accuracy, "low", h.accuracy().low());
            put(accuracy, "high", h.accuracy().high());
        }
        return node;
    }

    private static ObjectNode group(Group g) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", g.id());
        put(node, "title", g.title());
        put(node, "description", g.description());
        list(node, "items", g.items(), EstimateEncoder::item);
        list(node, "groups", g.groups(), EstimateEncoder::group);
        return node;
    }

    static ObjectNode item(LineItem i) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", i.id());
        put(node, "title", i.title());
        put(node, "description", i.description());
        put(node, "category", i.category());
        quantity(node, "quantity", i.quantity());
        if (i.customUnit() != null) {
            ObjectNode unit = node.putObject("unit");
            put(unit, "name", i.customUnit().name());
            put(unit, "plural", i.customUnit().plural());
            put(unit, "gender", i.customUnit().gender());
        } else {
            put(node, "unit", i.unit());
        }
        put(node, "role", i.role());
        put(node, "unitPrice", i.unitPrice());
        put(node, "unitCost", i.unitCost());
        if (i.optional()) {
            node.put("optional", true);
        }
        if (i.justification() != null) {
            ObjectNode j = node.putObject("justification");
            put(j, "basis", i.justification().basis());
            put(j, "reasoning", i.justification().reasoning());
            put(j, "source", i.justification().source());
            put(j, "confidence", i.justification().confidence());
            texts(j, "assumptions", i.justification().assumptions());
            texts(j, "risks", i.justification().risks());
        }
        if (i.recurrence() != null) {
            ObjectNode recurrence = node.putObject("recurrence");
            put(recurrence, "every", i.recurrence().every());
            if (i.recurrence().term() != null) {
                recurrence.put("term", i.recurrence().term());
            }
        }
        return node;
    }

    private static void quantity(ObjectNode node, String name, Quantity quantity) {
        switch (quantity) {
            case null -> { }
            case Quantity.Fixed fixed -> put(node, name, fixed.value());
            case Quantity.ThreePoint tp -> {
                ObjectNode q = node.putObject(name);
                put(q, "optimistic", tp.optimistic());
                put(q, "mostLikely", tp.mostLikely());
                put(q, "pessimistic", tp.pessimistic());
            }
        }
    }

    private static ObjectNode assumption(Assumption a) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", a.id());
        put(node, "statement", a.statement());
        put(node, "owner", a.owner());
        put(node, "rationale", a.rationale());
        if (a.impact() != null) {
            ObjectNode impact = node.putObject("impact");
            texts(impact, "items", a.impact().items());
            put(impact, "amount", a.impact().amount());
            put(impact, "percent", a.impact().percent());
            put(impact, "description", a.impact().description());
        }
        return node;
    }

    private static ObjectNode risk(Risk r) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", r.id());
        put(node, "description", r.description());
        put(node, "probability", r.probability());
        if (r.impact() != null) {
            ObjectNode impact = node.putObject("impact");
            put(impact, "low", r.impact().low());
            put(impact, "high", r.impact().high());
        }
        put(node, "mitigation", r.mitigation());
        texts(node, "items", r.items());
        texts(node, "coveredBy", r.coveredBy());
        return node;
    }

    private static ObjectNode alternative(Alternative a) {
        ObjectNode node = NODES.objectNode();
        put(node, "id", a.id());
        put(node, "name", a.name());
        put(node, "rationale", a.rationale());
        put(node, "gains", a.gains());
        put(node, "givesUp", a.givesUp());
        put(node, "basedOn", a.basedOn());
        list(node, "changes", a.changes(), EstimateEncoder::change);
        return node;
    }

    private static ObjectNode change(Change change) {
        ObjectNode node = NODES.objectNode();
        node.put("action", change.action());
        switch (change) {
            case Change.Drop drop -> put(node, "item", drop.item());
            case Change.Add add -> {
                put(node, "group", add.group());
                if (add.newItem() != null) {
                    node.set("newItem", item(add.newItem()));
                }
            }
            case Change.ChangeQuantity q -> {
                put(node, "item", q.item());
                quantity(node, "quantity", q.quantity());
            }
            case Change.ChangeRate r -> {
                put(node, "role", r.role());
                put(node, "rate", r.rate());
                put(node, "cost", r.cost());
            }
            case Change.ChangeUnitPrice p -> {
                put(node, "item", p.item());
                put(node, "unitPrice", p.unitPrice());
            }
            case Change.Swap swap -> {
                put(node, "item", swap.item());
                if (swap.newItem() != null) {
                    node.set("newItem", item(swap.newItem()));
                }
            }
        }
        return node;
    }

    static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static void put(ObjectNode node, String name, Named value) {
        if (value != null) {
            node.put(name, value.fileName());
        }
    }

    private static void texts(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    static <T> void list(ObjectNode node, String name, List<T> values, Function<T, ObjectNode> encode) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(encode.apply(v)));
        }
    }
}
