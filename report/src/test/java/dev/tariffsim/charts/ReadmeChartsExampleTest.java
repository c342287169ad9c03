package dev.tariffsim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.charts.html.ResultReports;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's charts example, and checks that the README shows exactly this code. */
final class ReadmeChartsExampleTest {
    @Test
    void readmeChartsExampleRunsAndMatchesTheReadme() throws Exception {
        Path file = Path.of("../examples/scenarios/korea-us-2025.json");
        Files.createDirectories(Path.of("target"));
        // README:BEGIN
        Scenario scenario = ScenarioJson.read(file);
        ScenarioModel model = new ScenarioModel(scenario);
        SimulationResult result = MonteCarlo.builder().paths(20_000).seed(42).build().run(model);
        Labels units = Labels.of(model.outputs());

        Chart histogram = Charts.histogram(result, "netDealValue", units);
        String svg = histogram.svg();                      // an <svg> element, for a web page
        Chart reserves = ScenarioCharts.fan(result, scenario, "reserves", units);
        reserves.writeFiles(Path.of("target"));            // target/fan-reserves.svg and .png
        ResultReports.run(scenario, result, units)
            .build()
            .write(Path.of("target/korea-us-2025.html"));  // the self-contained report
        // README:END
        assertThat(svg).startsWith("<svg").contains("P95");
        assertThat(Path.of("target/fan-reserves.png")).exists();
        assertThat(Files.readString(Path.of("target/korea-us-2025.html"))).contains("reserve floor");

        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/tariffsim/charts/ReadmeChartsExampleTest.java"));
        int begin = source.indexOf("        // README:BEGIN");
        int end = source.indexOf("        // README:END");
        String snippet = source.subList(begin + 1, end).stream().map(l -> l.length() >= 8 ? l.substring(8) : l)
            .collect(Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("../README.md"))).contains(snippet);
    }
}
