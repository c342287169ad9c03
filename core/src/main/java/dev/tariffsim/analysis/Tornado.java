package dev.tariffsim.analysis;

import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity (a tornado chart): each input moved from its low to its high value with everything
 * else at the base scenario, on common random numbers, and the swing of a metric's mean (high minus low, path by
 * path, with its confidence interval); bars sorted by the size of the swing. Each bar is one {@link PairedModel}
 * run; the base is one more run.
 */
public final class Tornado {
    /** The cumulative probabilities of a random input's low and high values: its P10 and P90. */
    public static final double LOW_LEVEL = 0.10;
    /** See {@link #LOW_LEVEL}. */
    public static final double HIGH_LEVEL = 0.90;

    private Tornado() {
    }

    /**
     * One input of a tornado: a parameter path and the values it is set to.
     *
     * @param path the parameter's path ({@link ScenarioParameters})
     * @param low the low value, in the parameter's unit
     * @param high the high value
     */
    public record Input(String path, double low, double high) {
        /** @throws IllegalArgumentException if the path is blank or a value is not finite */
        public Input {
            Checks.requireName(path, "input path");
            Checks.requireFinite(low, "low value of " + path);
            Checks.requireFinite(high, "high value of " + path);
        }

        /**
         * A random input of the scenario fixed at its P10 (low) and P90 (high).
         *
         * @throws IllegalArgumentException if the path is not a random input
         */
        public static Input random(Scenario scenario, String path) {
            return new Input(path, ScenarioParameters.quantile(scenario, path, LOW_LEVEL),
                ScenarioParameters.quantile(scenario, path, HIGH_LEVEL));
        }
    }

    /**
     * The tornado of {@code metric}.
     *
     * @throws IllegalArgumentException if an input value is rejected (checked before any run), the metric is
     *     unknown, or there are no inputs
     */
    public static TornadoResult run(RunSettings settings, Scenario base, List<Input> inputs, String metric) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(base, "base");
        Checks.requireArgument(!inputs.isEmpty(), "inputs", inputs, "at least one input");
        dev.tariffsim.engine.OutputSpec spec = new ScenarioModel(base).outputs();
        String unit = spec.metrics().get(spec.metricIndex(metric)).unit();
        List<Scenario[]> pairs = new ArrayList<>();
        for (Input in : inputs) {
            pairs.add(new Scenario[] {ScenarioParameters.set(base, in.path(), in.low()),
                ScenarioParameters.set(base, in.path(), in.high())});
        }
        List<ModelRecipe> runs = new ArrayList<>();
        runs.add(ModelRecipe.scenario(base));
        for (Scenario[] p : pairs) {
            runs.add(ModelRecipe.paired(ModelRecipe.scenario(p[0]), ModelRecipe.scenario(p[1])));
        }
        List<SimulationResult> results = settings.evaluator().runAll(settings, runs);
        MetricStatistics baseStats = results.get(0).metric(metric);
        List<TornadoResult.Bar> bars = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            SimulationResult r = results.get(i + 1);
            bars.add(new TornadoResult.Bar(in.path(), in.low(), in.high(), r.metric("a." + metric),
                r.metric("b." + metric), r.metric("diff." + metric)));
        }
        bars.sort(Comparator.comparingDouble((TornadoResult.Bar b) -> -Math.abs(b.swing().mean())));
        return new TornadoResult(metric, unit, baseStats, bars, settings.paths(), settings.seed());
    }
}
