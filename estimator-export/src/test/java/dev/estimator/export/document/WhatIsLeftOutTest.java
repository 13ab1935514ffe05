package dev.estimator.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.Estimates;
import dev.estimator.core.format.EstimateFiles;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.export.ExportRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a date or a total leaves out is said next to it: the schedule's caption names the holidays
 * it did not count, and the total cost of ownership points to the exclusions.
 */
class WhatIsLeftOutTest {

    private static Estimate sample(String name) {
        Path file = Estimates.samples().stream().filter(p -> p.getFileName().toString().equals(name))
                .findFirst().orElseThrow();
        return EstimateFiles.load(file).orThrow();
    }

    @Test
    void holidaysSeparatedOnlyByAWeekendRunTogetherAndThoseOutsideTheScheduleOrOnAWeekendAreLeftOut() {
        Phrasing p = Phrasing.of(sample("eshop-rebuild-en.yaml"));
        List<LocalDate> holidays = List.of(
                LocalDate.of(2027, 12, 31),                              // Friday, runs on from the 27th
                LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 27),  // Friday and Monday: one run
                LocalDate.of(2027, 12, 28), LocalDate.of(2027, 12, 29), LocalDate.of(2027, 12, 30),
                LocalDate.of(2027, 12, 8),                               // alone
                LocalDate.of(2027, 12, 8),                               // listed twice
                LocalDate.of(2027, 12, 11),                              // a Saturday: not a working day anyway
                LocalDate.of(2027, 11, 30),                              // before the schedule starts
                LocalDate.of(2028, 1, 6));                               // after it ends
        assertEquals(List.of("8 December 2027", "24 December 2027 to 31 December 2027"),
                PriceSection.holidayRuns(p, holidays, LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 5)));
    }

    @Test
    void theItalianSampleSaysWhichDaysItsGoLiveScheduleSkips() {
        Estimate estimate = sample("gestionale-migrazione-it.yaml");
        Document document = DocumentBuilder.build(ExportRequest.of(estimate, Audience.CLIENT));
        String captions = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .filter(t -> t.startsWith("Le date contano")).findFirst().orElseThrow();
        assertEquals("Le date contano i giorni lavorativi (dal lunedì al venerdì). Non contano come giorni lavorativi: "
                + "1° novembre 2027; 8 dicembre 2027; dal 20 dicembre 2027 al 31 dicembre 2027; 6 gennaio 2028.", captions);
        assertTrue(estimate.schedule().holidays().contains(LocalDate.of(2028, 1, 6)));
    }

    @Test
    void theTotalCostOfOwnershipSaysTheExclusionsAreNotInIt() {
        Estimate estimate = sample("eshop-rebuild-en.yaml");
        assertTrue(!estimate.exclusions().isEmpty());
        Document document = DocumentBuilder.build(ExportRequest.of(estimate, Audience.CLIENT));
        List<String> paragraphs = document.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();
        assertTrue(paragraphs.contains("The one-time price and every recurring charge over its term, year by year from "
                + "the first charge, VAT included. It counts only what this estimate charges: anything listed under "
                + "\u201cExclusions\u201d, such as running costs paid to others, is not in it."), paragraphs.toString());
    }
}
