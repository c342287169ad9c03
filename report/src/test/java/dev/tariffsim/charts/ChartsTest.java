package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

final class ChartsTest {
    static Scenario scenario;
    static SimulationResult result;

    @BeforeAll
    static void run() {
        scenario = Results.scenario("korea-us-2025");
        result = Results.run(scenario, 4000, 2);
    }

    private static Document xml(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsWellFormedScalableAndItsIdsCarryTheChartsPrefix() throws Exception {
        Chart c = Charts.histogram(result, "netDealValue");
        assertThat(c.id()).isEqualTo("histogram-netDealValue");
        String svg = c.svg();
        Document d = xml(svg);
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(d.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640 380");
        assertThat(d.getDocumentElement().getAttribute("id")).isEqualTo(c.id());
        Matcher ids = Pattern.compile(" id=[\"']([^\"']+)[\"']").matcher(svg);
        int n = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith(c.id());
            n++;
        }
        assertThat(n).as("clip paths have ids").isGreaterThan(1);
        assertThat(svg).contains("netDealValue (USD bn PV)").contains("dealSavings - contributions + koreaReceipts - shipbuildingNet - financingCost").contains("P5 ").contains("P50 ").contains("P95 ")
            .doesNotContain("<image").doesNotContain("<script");
    }

    @Test
    void renderingIsDeterministic() {
        String once = Charts.fan(result, "reserves").svg();
        assertThat(Charts.fan(result, "reserves").svg()).isEqualTo(once);
        Chart c = ScenarioCharts.fan(result, scenario, "fxRate", Labels.defaults());
        assertThat(c.svg()).isEqualTo(c.svg());
    }

    @Test
    void fanChartsDrawTheScenariosReferenceLines() {
        assertThat(ScenarioCharts.fan(result, scenario, "reserves", Labels.defaults()).svg())
            .contains("reserve floor 400").contains("FX reserves").contains("reserves (USD bn)");
        assertThat(ScenarioCharts.referenceLines(scenario, "fxRate"))
            .containsExactly(new ReferenceLine("safeguard rate", scenario.pledge().cash().safeguardRate()));
        assertThat(ScenarioCharts.referenceLines(scenario, "vehicleNav")).isEmpty();
        assertThat(ScenarioCharts.referenceLines(scenario, "reserves"))
            .containsExactly(new ReferenceLine("reserve floor", scenario.reserves().floor()));
        assertThat(ScenarioCharts.fan(result, scenario, "fxRate", Labels.defaults()).svg())
            .contains("KRW per USD").contains("2030");
    }

    @Test
    void theRunSetHasAFanPerContinuousSeriesRegimesEventsAndHistograms() {
        List<Chart> all = ScenarioCharts.run(result, scenario, Labels.defaults()).values().stream()
            .flatMap(List::stream).toList();
        assertThat(all).extracting(Chart::id).contains("fan-fxRate", "fan-reserves", "fan-cumulativeContributions",
            "fan-vehicleNav", "regime-shares", "event-probabilities", "histogram-netDealValue",
            "convergence-netDealValue", "convergence-reserveBreach", "calendar-exportValue", "calendar-contributions",
            "calendar-koreaReceipts", "histogram-avgFxRate", "histogram-vehicleReturn")
            .doesNotContain("fan-dealShare", "fan-regimeShare.DEAL", "histogram-reserveBreach", "histogram-refusedCalls",
                "calendar-exportValueKrwTn")
            .doesNotHaveDuplicates();
    }

    @Test
    void regimeSharesStackEveryRegimeTheModelRecordsDealFirst() {
        String svg = ScenarioCharts.regimeShares(result, scenario).svg();
        assertThat(svg).contains(">NEGOTIATING<", ">DEAL<", ">COLLAPSED<", "the deal is in force in DEAL")
            .doesNotContain("deal not in force");
        assertThat(svg.indexOf(">DEAL<")).as("legend: deal regimes first").isLessThan(svg.indexOf(">NEGOTIATING<"));
    }

    @Test
    void calendarYearBarsShowEachFlowsMeansPerYearWithPartialYearsMarked() {
        List<Chart> years = ScenarioCharts.calendarYears(result, scenario, Labels.of(result.outputs()));
        // exportValue, tariffPaid, volumeIndex per line; koreaIncomeLoss, dealSavings, contributions, koreaReceipts
        assertThat(years).extracting(Chart::id).containsExactly("calendar-exportValue", "calendar-tariffPaid",
            "calendar-volumeIndex", "calendar-koreaIncomeLoss", "calendar-dealSavings", "calendar-contributions",
            "calendar-koreaReceipts");
        assertThat(CalendarCharts.months(scenario, 2025)).isEqualTo(3);
        assertThat(CalendarCharts.months(scenario, 2030)).isEqualTo(12);
        assertThat(CalendarCharts.months(scenario, 2035)).isEqualTo(9);
        String exports = years.get(0).svg();
        assertThat(exports).contains("Export value, per line, by calendar year", "exportValue (USD bn)", ">vehicles<",
            ">parts<", ">2025<", ">2030<", ">2035<", "95% confidence intervals");
        assertThat(exports.replaceAll("\\s*</text></g><g><text[^>]*>", " ")).as("subtitle lines joined")
            .contains("partial years: 2025 (3 months), 2035 (9 months)");
        assertThat(years.get(5).svg()).contains("Cash paid into the vehicle, by calendar year");
        SimulationResult noDeal = Results.run(Results.scenario("no-deal"), 200, 1);
        assertThat(ScenarioCharts.calendarYears(noDeal, Results.scenario("no-deal"), Labels.of(noDeal.outputs())))
            .extracting(Chart::id).as("no pledge is paid without the deal: no contribution bars")
            .contains("calendar-exportValue").doesNotContain("calendar-contributions", "calendar-koreaReceipts");
    }

    @Test
    void pngHasTheChartsSizeTimesTheScale() throws Exception {
        Chart c = Charts.fan(result, "vehicleNav").withSize(300, 200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(c.png(2)));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThatThrownBy(() -> c.png(5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("scale is not in [1, 4]: 5");
    }

    @Test
    void writeFilesLeavesAnSvgAndAPngAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Charts.histogram(result, "dealSavings").writeFiles(dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                .containsExactly("histogram-dealSavings.png", "histogram-dealSavings.svg");
        }
        assertThat(Files.readString(dir.resolve("histogram-dealSavings.svg"))).startsWith("<?xml");
    }

    @Test
    void badArgumentsNameTheFieldAndValue() {
        assertThatThrownBy(() -> Charts.histogram(result, "nope")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("no metric named nope");
        assertThatThrownBy(() -> new Estimate("x", 1, 2, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("interval of x is not low <= high: [2.0, 0.0]");
        assertThatThrownBy(() -> Charts.bars("1bad", "t", "v", List.of(new Estimate("a", 1, 0, 2))))
            .hasMessageStartingWith("id is not a letter followed by");
        assertThatThrownBy(() -> Charts.tornado("t", "t", "v", 0, List.of()))
            .hasMessage("bars is not at least one bar: []");
        assertThatThrownBy(() -> new SobolIndex(new Estimate("a", 0.1, 0, 0.2), new Estimate("b", 0.1, 0, 0.2)))
            .hasMessage("total.label is not the first-order label a: b");
    }

    @Test
    void genericChartsRender() throws Exception {
        List<Chart> charts = List.of(
            Charts.tornado("tornado", "T", "out (USD bn)", 10, List.of(new TornadoBar("small", 9, 11),
                new TornadoBar("large", 4, 20))),
            Charts.sweep("sweep", "S", "x", "y", List.of(new CurvePoint(0, 1, 0.5, 1.5), new CurvePoint(1, 2, 1.5, 2.5))),
            Charts.sobol("sobol", "I", List.of(new SobolIndex(new Estimate("a", 0.3, 0.2, 0.4),
                new Estimate("a", 0.5, 0.4, 0.6)))),
            Charts.convergence("conv", "C", "y", List.of(new CurvePoint(1024, 1, 0, 2), new CurvePoint(2048, 1.1, 0.4, 1.8))),
            Charts.calendarYears("years", "Y", "v", List.of(new Estimate("2026", 1, 0.9, 1.1))));
        for (Chart c : charts) {
            assertThat(xml(c.svg()).getDocumentElement().getAttribute("id")).isEqualTo(c.id());
        }
        String tornado = charts.get(0).svg();
        assertThat(tornado.indexOf(">large<")).as("widest swing first").isLessThan(tornado.indexOf(">small<"));
        assertThat(charts.get(3).svg()).contains("final mean 1.1");
    }

    @Test
    void convergenceFollowsTheEnginesTrace() {
        String svg = Charts.convergence(result, "dealSavings", Labels.of(result.outputs())).svg();
        assertThat(svg).contains("dealSavings: convergence of the estimate").contains("final mean "
            + Format.number(result.convergence("dealSavings").mean(result.convergence("dealSavings").size() - 1)));
        assertThatThrownBy(() -> Charts.convergence(result, "nope", Labels.defaults()))
            .hasMessageStartingWith("no convergence trace for nope");
    }

    @Test
    void slugsAreIds() {
        assertThat(Charts.slug("diff.netDealValue")).isEqualTo("diff.netDealValue");
        assertThat(Charts.slug("USD bn")).isEqualTo("USD-bn");
        assertThat(Charts.slug("2026 values")).isEqualTo("c2026-values");
    }
}
