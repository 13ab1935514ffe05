package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.estimator.core.calc.HistoryCalibration;
import dev.estimator.core.model.Audience;
import dev.estimator.core.model.Estimate;
import dev.estimator.core.model.LineItem;
import dev.estimator.core.model.PastProject;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An item that cites past projects shows, on its card, how each turned out: its estimate, its
 * actual cost and the calculator's overrun, read back from the HTML with jsoup.
 */
class HtmlPastProjectsTest {

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachCitedProjectIsOnItsItemsCard(Path sample) {
        Estimate estimate = HtmlSamples.load(sample);
        ExportRequest request = ExportRequest.of(estimate, Audience.CLIENT);
        Phrasing p = Phrasing.of(request.estimate());
        Document html = HtmlSamples.parse(HtmlSamples.export(request));
        List<LineItem> citing = request.estimate().allItems()
                .filter(i -> i.justification() != null && !i.justification().pastProjects().isEmpty()).toList();
        if (sample.getFileName().toString().equals("eshop-rebuild-en.yaml")) {
            org.junit.jupiter.api.Assertions.assertEquals(7, citing.size(), "the English sample's items cite past projects");
        }
        for (LineItem item : citing) {
            Element card = html.select("table.card").stream()
                    .filter(t -> t.selectFirst("caption") != null
                            && HtmlSamples.flat(t.selectFirst("caption").text()).startsWith(item.id() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no card for " + item.id()));
            Element row = card.select("tr").stream()
                    .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(p.text("items.pastProjects")))
                    .findFirst().orElseThrow(() -> new AssertionError(item.id() + " shows no past projects"));
            // One line per project: the cell's lines are separated by <br>.
            List<String> shown = java.util.Arrays.stream(row.selectFirst("td").html().split("<br>"))
                    .map(line -> HtmlSamples.flat(org.jsoup.Jsoup.parse(line).text())).toList();
            assertEquals(item.justification().pastProjects().size(), shown.size(), item.id() + ": a line per project");
            for (String id : item.justification().pastProjects()) {
                PastProject project = request.estimate().history().project(id).orElseThrow();
                HistoryCalibration.Overrun overrun = request.totals().calibration().orElseThrow().overruns().stream()
                        .filter(o -> o.projectId().equals(id)).findFirst().orElseThrow();
                String expected = p.text("items.pastProject", id, project.year() == null ? project.name()
                                : p.text("items.pastProjectYear", project.name(), String.valueOf(project.year())),
                        p.amount(overrun.estimated()), p.amount(overrun.actual()), p.signedPercent(overrun.percent()));
                assertEquals(1, shown.stream().filter(s -> s.equals(HtmlSamples.flat(expected))).count(),
                        item.id() + " shows " + expected + " in " + shown);
            }
        }
    }
}
