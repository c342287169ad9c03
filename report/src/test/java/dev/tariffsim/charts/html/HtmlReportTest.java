package dev.tariffsim.charts.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffsim.charts.Chart;
import dev.tariffsim.charts.Charts;
import dev.tariffsim.charts.Labels;
import dev.tariffsim.charts.Results;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HtmlReportTest {
    static Scenario scenario;
    static SimulationResult oneThread;
    static SimulationResult twoThreads;

    @BeforeAll
    static void run() {
        scenario = Results.scenario("korea-us-2025");
        oneThread = Results.run(scenario, 3000, 1);
        twoThreads = Results.run(scenario, 3000, 2);
    }

    private static String report(SimulationResult r) {
        return ResultReports.run(scenario, r, Labels.of(new ScenarioModel(scenario).outputs())).build().html();
    }

    @Test
    void theSameRunGivesAByteIdenticalReportWhateverTheThreadCount() {
        String a = report(oneThread);
        assertThat(report(oneThread)).isEqualTo(a);
        assertThat(report(twoThreads)).isEqualTo(a);
        assertThat(a).doesNotContain("generated").doesNotContain("threads:");
    }

    @Test
    void aTimestampAppearsOnlyWhenAskedFor() {
        String stamped = ResultReports.run(scenario, oneThread, Labels.defaults())
            .timestamp(Instant.parse("2026-01-02T03:04:05Z")).build().html();
        assertThat(stamped).contains("generated 2026-01-02T03:04:05Z");
    }

    @Test
    void theReportIsSelfContained() {
        String html = report(oneThread);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
            .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@import").doesNotContain("src=");
        String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?=[\"']http://[^\"']*[\"']", "");
        assertThat(withoutNamespaces).doesNotContain("http://").doesNotContain("https://");
        Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (urls.find()) {
            assertThat(urls.group(1)).as("only references inside the document").startsWith("#");
        }
    }

    @Test
    void theReportHasTheNameDescriptionSettingsTableChartsAndScenario() {
        String html = report(oneThread);
        assertThat(html).contains("<title>korea-us-2025</title>").contains(Html.escape(scenario.description()))
            .contains("<dt>seed</dt><dd>7</dd>").contains("<dt>paths</dt><dd>3,000</dd>")
            .contains("<dt>random generator</dt><dd>" + oneThread.run().generator() + "</dd>")
            .contains("<dt>tariffsim version</dt><dd>" + oneThread.run().version() + "</dd>")
            .contains("<td>netDealValue</td><td>USD bn PV</td>").contains("<th>what it is</th>")
            .contains("<td>dealSavings - contributions + koreaReceipts - shipbuildingNet - financingCost</td>").contains("<td>reserveBreach</td><td>probability</td>")
            .contains("<svg").contains("<details><summary>show korea-us-2025.json</summary>")
            .contains("&quot;formatVersion&quot; : 1").contains("@media print");
    }

    @Test
    void theComparisonReportShowsDifferencesWithTheirUnits() {
        Scenario noDeal = Results.scenario("no-deal");
        SimulationResult paired = dev.tariffsim.engine.MonteCarlo.builder().paths(2000).seed(3).build()
            .run(dev.tariffsim.engine.PairedModel.of(new ScenarioModel(scenario), new ScenarioModel(noDeal)));
        String html = ResultReports.compare(scenario, noDeal, paired, Labels.of(paired.outputs())).build().html();
        assertThat(html).contains("<title>no-deal vs korea-us-2025</title>")
            .contains("<td>netDealValue</td><td>USD bn PV</td>").contains("<td>reserveBreach</td><td>probability</td>")
            .contains("<td>lines.vehicles.dealSavings</td>").contains("differences-USD-bn-PV")
            .contains("histogram-diff.netDealValue").contains("show no-deal.json");
    }

    @Test
    void everyIdInTheDocumentIsUnique() {
        Chart c = Charts.histogram(oneThread, "dealSavings");
        HtmlReport r = HtmlReport.builder("t").charts("A", "", List.of(c, c)).charts("A", "", List.of(c)).build();
        assertThat(r.charts()).extracting(Chart::id)
            .containsExactly("histogram-dealSavings", "histogram-dealSavings-2", "histogram-dealSavings-3");
        Set<String> seen = new HashSet<>();
        Matcher ids = Pattern.compile(" id=[\"']([^\"']+)[\"']").matcher(r.html());
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("id %s is unique", ids.group(1)).isTrue();
        }
        assertThat(seen).contains("s-a", "s-a-2");
    }

    @Test
    void textIsEscaped() {
        String html = HtmlReport.builder("<b>").description("a < b & \"c\"").setting("k<", "v>").build().html();
        assertThat(html).contains("<h1>&lt;b&gt;</h1>").contains("a &lt; b &amp; &quot;c&quot;")
            .contains("<dt>k&lt;</dt><dd>v&gt;</dd>").doesNotContain("<b>");
    }

    @Test
    void writingIsAtomicAndFailsCleanlyWhereTheFolderIsMissing(@TempDir Path dir) throws IOException {
        HtmlReport r = HtmlReport.builder("t").build();
        Path file = dir.resolve("r.html");
        Files.writeString(file, "old");
        r.write(file);
        assertThat(Files.readString(file)).isEqualTo(r.html());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThatThrownBy(() -> r.write(dir.resolve("missing").resolve("r.html"))).isInstanceOf(IOException.class);
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void badPartsAreRefused() {
        assertThatThrownBy(() -> HtmlReport.builder(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("title is not non-blank: \" \"");
        assertThatThrownBy(() -> new Table("", List.of("a", "b"), "lr", List.of(List.of("x"))))
            .hasMessage("rows[0] is not 2 cells, one per header: 1 cells");
        assertThatThrownBy(() -> new Table("", List.of("a", "b"), "lx", List.of()))
            .hasMessage("align is not one 'l' or 'r' per header (2): lx");
    }
}
