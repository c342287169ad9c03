package dev.tariffsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's analysis example, and checks that the README shows exactly this code. */
final class ReadmeAnalysisExampleTest {
    @Test
    void readmeAnalysisExampleRunsAndMatchesTheReadme() throws Exception {
        Path file = Path.of("../examples/scenarios/korea-us-2025.json");
        // README:BEGIN
        Scenario base = ScenarioJson.read(file);
        RunSettings settings = RunSettings.of(5_000, 42);
        Scenario lowCap = ScenarioParameters.set(base, "pledge.cash.annualCap", 10.0);
        SobolResult sobol = SobolAnalysis.run(settings, new ScenarioModel(lowCap), List.of("dealSavings"));
        BreakEvenResult rate = BreakEven.solve(settings, base, "lines.*.rates.DEAL", 0.0, 0.25,
            Statistic.mean("netDealValue"), 0.0, 1e-4);
        System.out.printf("share of the variance of deal savings from the regime chain: %.2f%n",
            sobol.metric("dealSavings").component("regime").firstOrder());
        System.out.printf("break-even deal rate: %.3f (95%% CI %.3f to %.3f)%n", rate.root(),
            rate.interval().low(), rate.interval().high());
        // README:END
        // (components + 2) x N: trade, macro, regime, guarantees and (issue 12) the safeguard grant draw
        assertThat(sobol.evaluations()).isEqualTo(7L * 5_000);
        assertThat(rate.interval().contains(rate.root())).isTrue();

        List<String> source = Files.readAllLines(
            Path.of("src/test/java/dev/tariffsim/analysis/ReadmeAnalysisExampleTest.java"));
        int begin = source.indexOf("        // README:BEGIN");
        int end = source.indexOf("        // README:END");
        String snippet = source.subList(begin + 1, end).stream().map(l -> l.length() >= 8 ? l.substring(8) : l)
            .collect(Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("../README.md"))).contains(snippet);
    }
}
