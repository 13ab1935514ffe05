package dev.estimator.core.format;

import dev.estimator.core.model.Acceptance;
import dev.estimator.core.model.CalendarRule;
import dev.estimator.core.model.ChangeRequestPricing;
import dev.estimator.core.model.ChangeRequests;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.ContingencyBilling;
import dev.estimator.core.model.DataProcessing;
import dev.estimator.core.model.DelayPenalties;
import dev.estimator.core.model.IntellectualProperty;
import dev.estimator.core.model.LiabilityCap;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.PeriodUnit;
import dev.estimator.core.model.Phase;
import dev.estimator.core.model.PricingModel;
import dev.estimator.core.model.Schedule;
import dev.estimator.core.model.Warranty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code commercial} and {@code schedule} sections; kept apart from {@link EstimateDecoder}'s core fields. */
final class CommercialDecoder {

    private CommercialDecoder() {
    }

    static Commercial commercial(Fields c) {
        return new Commercial(
                c.choice("pricingModel", PricingModel.class),
                c.decimal("cap"),
                c.text("overrun"),
                c.object("changeRequests", r -> new ChangeRequests(r.choice("pricing", ChangeRequestPricing.class),
                        r.text("approvedBy"), r.text("note"))),
                c.choice("contingencyBilling", ContingencyBilling.class),
                c.integer("paymentDays"),
                c.object("warranty", w -> new Warranty(w.integer("period"), w.choice("unit", PeriodUnit.class),
                        w.text("covers"))),
                c.object("acceptance", a -> new Acceptance(a.text("criteria"), a.integer("period"),
                        a.choice("unit", PeriodUnit.class))),
                c.object("intellectualProperty", i -> new IntellectualProperty(i.choice("owner", Owner.class),
                        i.text("note"))),
                c.object("liabilityCap", l -> new LiabilityCap(l.decimal("amount"), l.decimal("percent"), l.text("note"))),
                c.object("dataProcessing", d -> new DataProcessing(d.has("personalData")
                        ? Boolean.valueOf(d.bool("personalData", false)) : absent(d, "personalData"), d.text("clause"))),
                c.object("delayPenalties", d -> new DelayPenalties(d.bool("applies", false), d.decimal("percentPerWeek"),
                        d.decimal("maxPercent"), d.text("note"))));
    }

    static Schedule schedule(Fields s) {
        return new Schedule(s.date("start"), s.choice("calendar", CalendarRule.class),
                s.list("phases", p -> new Phase(p.text("group"), p.integer("duration"), p.decimal("teamSize"),
                        p.text("after"), p.integer("overlap"))),
                holidays(s));
    }

    private static List<LocalDate> holidays(Fields s) {
        List<LocalDate> out = new ArrayList<>();
        for (String text : s.texts("holidays")) {
            try {
                out.add(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                s.report("holidays", "'" + text + "' is not a date written as YYYY-MM-DD");
            }
        }
        return out;
    }

    /** Marks {@code name} as read and gives {@code null}: a required flag left out is reported by validation. */
    private static Boolean absent(Fields f, String name) {
        f.raw(name);
        return null;
    }
}
