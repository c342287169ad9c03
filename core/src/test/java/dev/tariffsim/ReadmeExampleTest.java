package dev.tariffsim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's API example, and checks that the README shows exactly this code. */
final class ReadmeExampleTest {
    @Test
    void readmeExampleRunsAndMatchesTheReadme() throws Exception {
        Path file = Path.of("../examples/scenarios/korea-us-2025.json");
        // README:BEGIN
        Scenario scenario = ScenarioJson.read(file);
        SimulationResult result = MonteCarlo.builder()
            .paths(20_000)
            .seed(42)
            .build()
            .run(new ScenarioModel(scenario));

        MetricStatistics savings = result.metric("dealSavings");
        System.out.printf("deal savings: USD %.1f bn (95%% CI %.1f to %.1f)%n", savings.mean(),
            savings.confidenceInterval().low(), savings.confidenceInterval().high());
        System.out.printf("P(reserves below the floor): %.1f%%%n",
            100 * result.metric("reserveBreach").probability());
        // README:END
        assertThat(savings.mean()).isPositive();
        assertThat(result.run().paths()).isEqualTo(20_000);

        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/tariffsim/ReadmeExampleTest.java"));
        int begin = source.indexOf("        // README:BEGIN");
        int end = source.indexOf("        // README:END");
        String snippet = source.subList(begin + 1, end).stream().map(l -> l.length() >= 8 ? l.substring(8) : l)
            .collect(Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("../README.md"))).contains(snippet);
    }
}
