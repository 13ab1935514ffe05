package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.PartiesSamples;
import dev.estimator.export.format.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: each language's PDF reads as that country's clients expect a quote to, read back with
 * PDFBox: the title, the forms of address, the labels, the parties' identification, negatives,
 * and the estimate number on every page.
 */
class PdfConventionsTest {

    private static String flat(String text) {
        return PdfReadBack.flat(text);
    }

    @Test
    void aJapaneseQuoteIsA御見積書AddressedToTheCompany御中WithTheSellersRegistrationAndSealBox() {
        Estimate estimate = PartiesSamples.japanese();
        PdfPages pdf = PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT));
        String cover = pdf.pages.get(0);
        assertTrue(cover.contains("御見積書"), cover);
        // A named contact takes 様, and then the company takes no 御中: one honorific per addressee.
        assertTrue(cover.contains(estimate.header().client().contact() + " 様"), cover);
        assertFalse(cover.contains("御中"), cover);
        assertTrue(cover.contains("登録番号 " + estimate.header().provider().registration()), cover);
        assertTrue(cover.contains("印"), "the seal box's caption");
        assertTrue(cover.contains("御見積金額（税込）"), cover);
        assertFalse(cover.contains("社外のお客様"), "the client's kind is the provider's own classification");
        String all = String.join("\n", pdf.pages);
        assertTrue(all.contains("金額（税抜）"), "line tables say their amounts are before tax");
        dev.estimator.core.calc.TaxRateAmount tenPercent = ExportRequest.of(estimate, Audience.CLIENT).totals().taxByRate().get(0);
        MoneyFormat yen = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        assertTrue(flat(all).contains("消費税（10%対象 " + yen.format(tenPercent.base()) + "） " + yen.format(tenPercent.tax())),
                "消費税 by rate, with the amount it is charged on");
        assertFalse(all.contains("御社"), "written Japanese says 貴社");
        assertTrue(all.contains("2026年11月19日"), "dates as Japanese write them");
        assertTrue(all.contains("人日"), "effort in person-days");
    }

    @Test
    void aJapaneseQuoteToACompanyWithoutANamedContactIsAddressed御中AndToAPerson様() {
        Estimate company = PartiesSamples.edited("mobile-app-ja.yaml", text -> text.replaceFirst("(?m)^    contact: 部長.*\n", ""));
        String cover = PdfPages.of(PdfExporterTest.export(company, Audience.CLIENT)).pages.get(0);
        assertTrue(cover.contains(company.header().client().name() + " 御中"), cover);
        Estimate person = PartiesSamples.edited("mobile-app-ja.yaml", text -> text
                .replaceFirst("(?m)^    contact: 部長.*\n", "").replace("name: 株式会社さくらマート", "name: 山本 恵子"));
        String personCover = PdfPages.of(PdfExporterTest.export(person, Audience.CLIENT)).pages.get(0);
        assertTrue(personCover.contains("山本 恵子 様"), personCover);
        assertFalse(personCover.contains("御中"), personCover);
    }

    @Test
    void anItalianQuoteIsAPreventivoNumberedAndDatedToSpettleWithPivaAndEurosAfterTheAmount() {
        Estimate estimate = PartiesSamples.italian();
        PdfPages pdf = PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT));
        String cover = flat(pdf.pages.get(0));
        assertTrue(cover.contains("Preventivo n. " + estimate.header().reference() + " del 18 novembre 2026"), cover);
        assertTrue(cover.contains("Spett.le " + estimate.header().client().name()), cover);
        assertTrue(cover.contains("P.IVA e C.F. " + estimate.header().provider().fiscalCode()), cover);
        assertTrue(cover.contains("Validità dell’offerta fino al 15 gennaio 2027"), cover);
        assertTrue(cover.contains("IVA"), cover);
        assertFalse(cover.contains("Cliente esterno"), cover);
        String all = flat(String.join("\n", pdf.pages));
        assertTrue(all.contains("ciascuna (6 trasferte)"), "a feminine unit takes ciascuna");
        assertTrue(all.contains("1.800,00 € a corpo"), "one lump sum is priced a corpo, not '1 forfait … ciascuno'");
        assertFalse(all.contains("forfait"), all);
        assertTrue(all.contains("6.500 verifiche"), "the item's own unit, not pezzi");
        assertFalse(all.matches("(?s).*\\d %.*"), "percentages are written one way, 4%, never 4 %");
        // The grand total as Italian business documents write it: thousands with dots, the euro sign after.
        String total = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale())
                .format(ExportRequest.of(estimate, Audience.CLIENT).totals().grandTotal());
        assertTrue(flat(total).matches("\\d{1,3}(\\.\\d{3})*,\\d{2} €"), total);
        assertTrue(cover.contains(flat(total)), cover);
    }

    @Test
    void theEstimateNumberHeadsEveryPageAfterTheCoverInEveryLanguage() {
        for (Estimate estimate : List.of(PartiesSamples.japanese(), PartiesSamples.italian(),
                PartiesSamples.english("en-IE"))) {
            PdfPages pdf = PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT));
            String reference = estimate.header().reference();
            assertTrue(pdf.pages.get(0).contains(reference), "the cover names it");
            for (int page = 1; page < pdf.pages.size(); page++) {
                assertTrue(pdf.pages.get(page).contains(reference), "page " + (page + 1) + " of " + estimate.header().language());
            }
            assertTrue(pdf.pages.size() > 10, "a real document: " + pdf.pages.size() + " pages");
        }
    }

    @Test
    void japaneseNegativesTakeTheTriangleAndAThemeMayChooseTheMinus(@TempDir Path dir) throws Exception {
        Estimate estimate = PartiesSamples.japanese();
        String defaultText = String.join("\n", PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT)).pages);
        assertTrue(defaultText.contains("\u25B2"), "a cheaper alternative's difference is written with ▲");
        assertFalse(defaultText.contains("\u2212¥") || defaultText.contains("\u2212￥"), "no minus before a yen amount");

        Path theme = dir.resolve("minus.yaml");
        Files.writeString(theme, "name: Minus\nnegatives: minus\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(Theme.load(theme)).write(ExportRequest.of(estimate, Audience.CLIENT), out);
        String minusText = String.join("\n", PdfPages.of(out.toByteArray()).pages);
        assertFalse(minusText.contains("\u25B2"), "the theme chose the minus sign");
        assertTrue(minusText.contains("\u2212"), "negatives still show");
    }

    @Test
    void aThemeWithAnUnknownNegativesChoiceIsRefusedWithTheChoices(@TempDir Path dir) throws IOException {
        Path theme = dir.resolve("bad.yaml");
        Files.writeString(theme, "name: Bad\nnegatives: brackets\n");
        ThemeException e = org.junit.jupiter.api.Assertions.assertThrows(ThemeException.class, () -> Theme.load(theme));
        assertTrue(e.getMessage().contains("negatives: 'brackets'") && e.getMessage().contains("triangle"), e.getMessage());
    }

    @Test
    void englishLocalesDecideDateOrderCurrencyPlacementAndTheVatLabel() {
        record Case(String locale, String date, String vatLabel) {
        }
        for (Case c : List.of(new Case("en-GB", "20 November 2026", "VAT No."), new Case("en-IE", "20 November 2026", "VAT No."),
                new Case("en-US", "November 20, 2026", "Tax ID"))) {
            Estimate estimate = PartiesSamples.english(c.locale());
            String cover = flat(PdfPages.of(PdfExporterTest.export(estimate, Audience.CLIENT)).pages.get(0));
            assertTrue(cover.contains(c.date()), c + ": " + cover);
            assertTrue(cover.contains(c.vatLabel() + " " + estimate.header().provider().taxId()), c + ": " + cover);
            String total = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale())
                    .format(ExportRequest.of(estimate, Audience.CLIENT).totals().grandTotal());
            assertTrue(total.startsWith("€"), c + " writes the euro sign first: " + total);
            assertTrue(cover.contains(total), c + ": " + cover);
        }
    }

    @Test
    void moneyFormatMarksNegativesAsTheLanguageDoes() {
        MoneyFormat yen = MoneyFormat.of(java.util.Currency.getInstance("JPY"), java.util.Locale.JAPAN);
        BigDecimal amount = new BigDecimal("-12000");
        assertEquals("\u25B2" + yen.format(amount.negate()), yen.format(amount));
        assertEquals("\u25B2" + yen.formatPlain(amount.negate()), yen.formatPlain(amount));
        assertEquals("\u25B2" + yen.format(amount.negate()), yen.formatSigned(amount));
        MoneyFormat euro = MoneyFormat.of(java.util.Currency.getInstance("EUR"), java.util.Locale.ITALY);
        assertEquals("\u2212" + euro.format(new BigDecimal("600.00")), euro.formatSigned(new BigDecimal("-600.00")));
        assertEquals("1.234,56 €", euro.format(new BigDecimal("1234.56")).replace('\u00a0', ' '));
        assertTrue(yen.spreadsheetPattern().contains("\"\u25B2\""), yen.spreadsheetPattern());
    }
}
