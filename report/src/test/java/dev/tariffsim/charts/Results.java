package dev.tariffsim.charts;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.format.ScenarioJson;
import dev.tariffsim.model.ScenarioModel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small runs of the bundled scenarios, for tests (Maven runs a module's tests in the module's folder). */
public final class Results {
    private Results() {
    }

    /** A bundled example scenario, read from {@code examples/scenarios}. */
    public static Scenario scenario(String name) {
        Path file = Path.of("..", "examples", "scenarios", name + ".json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("run the tests from the report module's folder: no " + file.toAbsolutePath());
        }
        return ScenarioJson.read(file);
    }

    /** A run of {@code paths} paths with seed 7 on {@code threads} threads. */
    public static SimulationResult run(Scenario s, int paths, int threads) {
        return MonteCarlo.builder().paths(paths).seed(7).threads(threads).build().run(new ScenarioModel(s));
    }
}
