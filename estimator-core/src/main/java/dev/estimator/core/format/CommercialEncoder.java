package dev.estimator.core.format;

import static dev.estimator.core.format.EstimateEncoder.NODES;
import static dev.estimator.core.format.EstimateEncoder.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.Schedule;

/** Writes the {@code commercial} and {@code schedule} sections: the inverse of {@link CommercialDecoder}. */
final class CommercialEncoder {

    private CommercialEncoder() {
    }

    static ObjectNode commercial(Commercial c) {
        ObjectNode node = NODES.objectNode();
        put(node, "pricingModel", c.pricingModel());
        put(node, "cap", c.cap());
        put(node, "overrun", c.overrun());
        if (c.changeRequests() != null) {
            ObjectNode requests = node.putObject("changeRequests");
            put(requests, "pricing", c.changeRequests().pricing());
            put(requests, "approvedBy", c.changeRequests().approvedBy());
            put(requests, "note", c.changeRequests().note());
        }
        // Included is the default; leaving it out keeps a written file as the user wrote it.
        if (c.contingencyBilling() != ContingencyBilling.INCLUDED) {
            put(node, "contingencyBilling", c.contingencyBilling());
        }
        integer(node, "paymentDays", c.paymentDays());
        if (c.warranty() != null) {
            ObjectNode warranty = node.putObject("warranty");
            integer(warranty, "period", c.warranty().period());
            put(warranty, "unit", c.warranty().unit());
            put(warranty, "covers", c.warranty().covers());
        }
        if (c.acceptance() != null) {
            ObjectNode acceptance = node.putObject("acceptance");
            put(acceptance, "criteria", c.acceptance().criteria());
            integer(acceptance, "period", c.acceptance().period());
            put(acceptance, "unit", c.acceptance().unit());
        }
        if (c.intellectualProperty() != null) {
            ObjectNode ip = node.putObject("intellectualProperty");
            put(ip, "owner", c.intellectualProperty().owner());
            put(ip, "note", c.intellectualProperty().note());
        }
        if (c.liabilityCap() != null) {
            ObjectNode cap = node.putObject("liabilityCap");
            put(cap, "amount", c.liabilityCap().amount());
            put(cap, "percent", c.liabilityCap().percent());
            put(cap, "note", c.liabilityCap().note());
        }
        if (c.dataProcessing() != null) {
            ObjectNode data = node.putObject("dataProcessing");
            if (c.dataProcessing().personalData() != null) {
                data.put("personalData", c.dataProcessing().personalData());
            }
            put(data, "clause", c.dataProcessing().clause());
        }
        if (c.delayPenalties() != null) {
            ObjectNode penalties = node.putObject("delayPenalties");
            penalties.put("applies", c.delayPenalties().applies());
            put(penalties, "percentPerWeek", c.delayPenalties().percentPerWeek());
            put(penalties, "maxPercent", c.delayPenalties().maxPercent());
            put(penalties, "note", c.delayPenalties().note());
        }
        return node;
    }

    static ObjectNode schedule(Schedule s) {
        ObjectNode node = NODES.objectNode();
        put(node, "start", s.start() == null ? null : s.start().toString());
        put(node, "calendar", s.calendar());
        EstimateEncoder.list(node, "phases", s.phases(), p -> {
            ObjectNode phase = NODES.objectNode();
            put(phase, "group", p.group());
            integer(phase, "duration", p.duration());
            put(phase, "teamSize", p.teamSize());
            put(phase, "after", p.after());
            integer(phase, "overlap", p.overlap());
            return phase;
        });
        if (!s.holidays().isEmpty()) {
            var holidays = node.putArray("holidays");
            s.holidays().forEach(day -> holidays.add(day.toString()));
        }
        return node;
    }

    private static void integer(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
