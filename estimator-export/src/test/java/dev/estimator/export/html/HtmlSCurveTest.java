package dev.estimator.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.estimator.core.calc.Percentile;
import dev.estimator.core.calc.SimulationResult;
import dev.estimator.core.model.Audience;
import dev.estimator.export.ExportRequest;
import dev.estimator.export.document.Phrasing;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The S-curve in every sample's HTML, read back with jsoup: the drawn points are the calculator's
 * percentiles, the two marked points its quoted price and budget figure with their chances, and
 * the image's description and legend say the same in words.
 */
class HtmlSCurveTest {

    static List<Path> samples() {
        return HtmlSamples.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theCurveIsTheCalculatorsCurve(Path sample) {
        ExportRequest request = ExportRequest.of(HtmlSamples.load(sample), Audience.CLIENT);
        SimulationResult simulation = request.totals().simulation();
        Phrasing p = Phrasing.of(request.estimate());
        Document html = HtmlSamples.parse(HtmlSamples.export(request));
        Elements charts = html.select("svg.curve-chart");
        assertEquals(1, charts.size(), sample.getFileName() + ": one S-curve");
        Element svg = charts.first();

        Elements points = svg.select("circle.point");
        assertEquals(simulation.percentiles().size(), points.size(), "a point per percentile");
        for (int i = 0; i < points.size(); i++) {
            Percentile level = simulation.percentiles().get(i);
            assertEquals(0, level.total().compareTo(new BigDecimal(points.get(i).attr("data-value"))),
                    "P" + level.percent() + " drawn at the calculator's total");
            assertEquals(level.percent(), Integer.parseInt(points.get(i).attr("data-percent")));
        }
        Elements marked = svg.select("circle.marked");
        assertEquals(2, marked.size(), "the quoted price and the budget are marked");
        assertEquals(0, simulation.quotedTotal().compareTo(new BigDecimal(marked.get(0).attr("data-value"))));
        assertEquals(0, simulation.quotedConfidence().compareTo(new BigDecimal(marked.get(0).attr("data-percent"))));
        assertEquals(0, simulation.budget().total().compareTo(new BigDecimal(marked.get(1).attr("data-value"))));
        assertEquals(simulation.budget().percent(), Integer.parseInt(marked.get(1).attr("data-percent")));

        String description = HtmlSamples.flat(svg.selectFirst("desc").wholeText());
        assertEquals(svg.attr("aria-labelledby"), svg.selectFirst("title").id() + " " + svg.selectFirst("desc").id());
        for (int level : new int[] {10, 50, 80, 90}) {
            String reading = p.text("simulation.curveReading", p.percent(BigDecimal.valueOf(level)),
                    p.amount(simulation.percentile(level).total()));
            assertTrue(description.contains(HtmlSamples.flat(reading)), sample.getFileName() + ": " + reading);
        }
        Elements legend = svg.parent().select("ul.legend li");
        String quoted = p.text("simulation.curveMark", p.text("simulation.curveQuoted"),
                p.amount(simulation.quotedTotal()), p.share(simulation.quotedConfidence()));
        assertEquals(HtmlSamples.flat(quoted), HtmlSamples.flat(legend.get(0).text()));
        assertTrue(description.contains(HtmlSamples.flat(quoted)), "the description names the quoted price");
        assertTrue(HtmlSamples.flat(legend.get(1).text()).contains(HtmlSamples.flat(p.amount(simulation.budget().total()))));
    }
}
