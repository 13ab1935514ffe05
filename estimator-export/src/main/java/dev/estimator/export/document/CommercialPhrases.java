package dev.estimator.export.document;

import dev.estimator.core.calc.CommercialFigures;
import dev.estimator.core.model.Commercial;
import dev.estimator.core.model.Owner;
import dev.estimator.core.model.PeriodUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The commercial terms in words: who bears an overrun, how changes are priced, payment days,
 * warranty, acceptance, ownership, liability, personal data and delay penalties. Every amount is
 * the calculator's ({@link CommercialFigures}); the brief and the price section both phrase here.
 */
final class CommercialPhrases {

    private CommercialPhrases() {
    }

    /** The pricing model and who bears an overrun, in one sentence (the estimate's own words when it states them). */
    static String pricing(Phrasing p, CommercialFigures figures) {
        String model = figures.pricingModel().fileName();
        if (figures.overrunStated()) {
            return p.text("commercial.pricing.name." + model) + ": " + figures.terms().overrun();
        }
        return p.text("commercial.pricing." + model, figures.cap() == null ? "" : p.amount(figures.cap()));
    }

    /** Each stated term as one sentence, in the order a contract lists them. */
    static List<String> terms(Phrasing p, CommercialFigures figures) {
        Commercial terms = figures.terms();
        List<String> lines = new ArrayList<>();
        lines.add(pricing(p, figures));
        if (terms.changeRequests() != null) {
            StringBuilder line = new StringBuilder(p.text("commercial.changes." + terms.changeRequests().pricing().fileName()));
            if (present(terms.changeRequests().approvedBy())) {
                line.append(' ').append(p.text("commercial.changes.approvedBy", terms.changeRequests().approvedBy()));
            }
            lines.add(withNote(line.toString(), terms.changeRequests().note()));
        }
        if (terms.paymentDays() != null) {
            lines.add(p.text("commercial.paymentDays", terms.paymentDays()));
        }
        if (terms.warranty() != null) {
            lines.add(p.text("commercial.warranty", period(p, terms.warranty().period(), terms.warranty().unit()),
                    terms.warranty().covers()));
        }
        if (terms.acceptance() != null) {
            lines.add(p.text("commercial.acceptance", period(p, terms.acceptance().period(), terms.acceptance().unit()),
                    terms.acceptance().criteria()));
        }
        if (terms.intellectualProperty() != null) {
            lines.add(withNote(p.text(terms.intellectualProperty().owner() == Owner.CLIENT ? "commercial.ip.client"
                    : "commercial.ip.provider"), terms.intellectualProperty().note()));
        }
        if (figures.liabilityCap() != null) {
            lines.add(withNote(p.text("commercial.liability", p.amount(figures.liabilityCap())),
                    terms.liabilityCap() == null ? null : terms.liabilityCap().note()));
        }
        if (terms.dataProcessing() != null) {
            lines.add(withNote(p.text(Boolean.TRUE.equals(terms.dataProcessing().personalData()) ? "commercial.data.yes"
                    : "commercial.data.no"), terms.dataProcessing().clause()));
        }
        if (terms.delayPenalties() != null) {
            String penalty = terms.delayPenalties().applies() && terms.delayPenalties().percentPerWeek() != null
                    ? p.text("commercial.delay.applies", p.percent(terms.delayPenalties().percentPerWeek()),
                            figures.delayPenaltyMaximum() == null ? p.none() : p.amount(figures.delayPenaltyMaximum()))
                    : p.text("commercial.delay.none");
            lines.add(withNote(penalty, terms.delayPenalties().note()));
        }
        return lines;
    }

    /** A period such as "3 months" or "10 working days" in the document's language. */
    static String period(Phrasing p, int count, PeriodUnit unit) {
        return p.text("commercial.period." + unit.fileName(), count);
    }

    private static String withNote(String sentence, String note) {
        return present(note) ? sentence + " " + note : sentence;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
