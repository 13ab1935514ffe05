package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.PartiesSamples;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Issue 11 in the HTML page, read back with jsoup: the same letterhead, labels and reference as the PDF. */
class HtmlConventionsTest {

    @Test
    void theJapanesePageIsA御見積書WithTheSealBoxStrictLineBreakingAndTheReference() {
        Estimate estimate = PartiesSamples.japanese();
        Document page = HtmlSamples.parse(HtmlSamples.export(estimate, Audience.CLIENT));
        assertEquals("御見積書", page.selectFirst("header h1").text());
        Element letterhead = page.selectFirst(".letterhead");
        assertTrue(letterhead.selectFirst(".addressee").text().contains(estimate.header().client().contact() + " 様"));
        assertTrue(letterhead.selectFirst(".sender").text().contains("登録番号 " + estimate.header().provider().registration()));
        assertEquals("印", letterhead.selectFirst(".seal").text());
        assertTrue(page.selectFirst("footer").text().contains("見積番号 " + estimate.header().reference()));
        String style = page.selectFirst("style").data();
        assertTrue(style.contains("line-break: strict") && style.contains("text-wrap: pretty"), "kinsoku and no stub last lines");
        String text = HtmlSamples.flat(page.body().text());
        assertFalse(text.contains("社外のお客様"), "the client's kind is never printed");
        assertTrue(text.contains("御見積金額（税込）") && text.contains("金額（税抜）"), "tax-inclusive total, tax-exclusive lines");
        assertTrue(text.contains("\u25B2"), "negatives with ▲");
    }

    @Test
    void theItalianPageIsAPreventivoToSpettleWithTheItemsOwnUnit() {
        Estimate estimate = PartiesSamples.italian();
        Document page = HtmlSamples.parse(HtmlSamples.export(estimate, Audience.CLIENT));
        String text = HtmlSamples.flat(page.body().text());
        assertTrue(text.contains("Preventivo n. " + estimate.header().reference() + " del 18 novembre 2026"), text);
        assertTrue(page.selectFirst(".addressee").text().startsWith("Spett.le " + estimate.header().client().name()));
        assertTrue(page.selectFirst(".sender").text().contains("P.IVA e C.F. " + estimate.header().provider().fiscalCode()));
        assertTrue(page.selectFirst(".sender").text().contains(estimate.header().provider().contact()), "the provider's contact person");
        assertTrue(text.contains("6.500 verifiche") && !text.contains("pezzi"), "VAT checks counted as verifiche");
        assertTrue(text.contains("ciascuna (6 trasferte)"), "a feminine unit takes ciascuna");
        assertFalse(text.contains("Cliente esterno"), text);
    }
}
