package dev.estimator.export.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.calc.EstimateCalculator;
import dev.estimator.core.calc.EstimateTotals;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.RatePeriod;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.format.MoneyFormat;
import dev.estimator.export.format.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A breakdown of hundreds of items is added a slice of rows at a time (its cells are never held
 * all at once), yet reads as one table: every row once and in order, its header on every page it
 * runs on to, and the widest figure and the longest id, both far down the table, still whole.
 */
class PdfLongTableTest {

    private static final int ITEMS = 450;
    private static final String LONG_ID = "L0401WITHAVERYLONGIDENTIFIER";

    @Test
    void aLongTableReadsAsOneWithItsHeaderOnEveryPageAndNothingBroken() throws Exception {
        List<LineItem> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            String id = i == 401 ? LONG_ID : "L%04d".formatted(i);
            String price = i == 433 ? "98765432.99" : String.valueOf(100 + i % 37) + ".25";
            items.add(Estimates.priced(id, String.valueOf(1 + i % 5), price));
        }
        Estimate estimate = Estimates.withItems("EUR", Estimates.rateCard("700", null, RatePeriod.DAY),
                items.toArray(LineItem[]::new));
        EstimateTotals totals = EstimateCalculator.calculate(estimate);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(ExportRequest.of(estimate, Audience.CLIENT), out);

        Vocabulary words = Vocabulary.forLanguage("en");
        String header = words.text("label.item") + " " + words.text("label.quantity");
        MoneyFormat money = MoneyFormat.of(estimate.header().currency(), estimate.header().effectiveLocale());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            List<String> rowsInOrder = new ArrayList<>();
            int breakdownPages = 0;
            boolean started = false;
            Pattern row = Pattern.compile("^(L\\d{4}\\S*) Item\\b.*");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                List<String> rows = text.lines().map(line -> row.matcher(PdfReadBack.flat(line).strip()))
                        .filter(java.util.regex.Matcher::matches).map(m -> m.group(1)).toList();
                // The breakdown starts on the first page with its header (the brief before it lists the largest items).
                started |= PdfReadBack.flat(text).contains(header);
                if (started && !rows.isEmpty() && rowsInOrder.size() < ITEMS) {
                    breakdownPages++;
                    int number = page;
                    assertTrue(PdfReadBack.flat(text).contains(header), () -> "page " + number + " repeats the header");
                    rowsInOrder.addAll(rows);
                }
            }
            assertTrue(breakdownPages > 3, "the breakdown runs over several pages: " + breakdownPages);
            assertEquals(items.stream().map(LineItem::id).toList(), rowsInOrder.subList(0, Math.min(ITEMS, rowsInOrder.size())),
                    "every row once, in order");
        }
        String text = PdfReadBack.of(out.toByteArray()).flatText();
        List<Executable> whole = new ArrayList<>();
        whole.add(() -> assertTrue(text.contains(LONG_ID), "the long id is whole"));
        totals.items().values().forEach(item -> {
            String figure = PdfReadBack.flat(money.format(item.amount()));
            whole.add(() -> assertTrue(text.contains(figure), () -> figure + " appears whole"));
        });
        assertAll(whole);
    }
}
