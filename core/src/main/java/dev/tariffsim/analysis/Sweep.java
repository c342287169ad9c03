package dev.tariffsim.analysis;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PairedModel;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.model.ScenarioModel;
import dev.tariffsim.stats.MetricStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One- and two-dimensional sweeps of a scenario's parameters. Every point runs with the same seed and paths, so
 * points share their random numbers (common random numbers) and differ only through the parameters. Each pair of
 * neighbouring points along the last axis runs as one {@link PairedModel}, which gives both points' statistics and
 * the per-path difference; a row of m points costs 2(m - 1) model runs (one run if m = 1). All runs are handed
 * to the settings' {@link Evaluator} at once ({@link Evaluator#runAll}), after every point has been checked.
 *
 * <pre>{@code
 * SweepResult r = Sweep.run(RunSettings.of(20_000, 42), scenario,
 *     List.of(Axis.parse("pledge.cash.annualCap=10:40:5")), List.of("netDealValue"));
 * }</pre>
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * Runs the sweep.
     *
     * @param axes one or two axes
     * @param metrics metrics of the scenario model to report, at least one
     * @throws IllegalArgumentException if an axis value is rejected (before any run), a metric is unknown, or
     *     there are not one or two axes
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static SweepResult run(RunSettings settings, Scenario base, List<Axis> axes, List<String> metrics) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(base, "base");
        Checks.requireArgument(axes.size() == 1 || axes.size() == 2, "axes", axes.size(), "one or two axes");
        Checks.requireArgument(!metrics.isEmpty(), "metrics", metrics, "at least one metric");
        OutputSpec spec = new ScenarioModel(base).outputs();
        Map<String, String> units = new LinkedHashMap<>();
        for (String m : metrics) {
            units.put(m, spec.metrics().get(spec.metricIndex(m)).unit());
        }
        List<List<Double>> rows = new ArrayList<>();
        if (axes.size() == 1) {
            rows.add(List.of());
        } else {
            for (double v : axes.get(0).values()) {
                rows.add(List.of(v));
            }
        }
        Axis last = axes.get(axes.size() - 1);
        List<List<Double>> coords = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (List<Double> row : rows) {
            for (double v : last.values()) {
                List<Double> c = new ArrayList<>(row);
                c.add(v);
                Map<String, Double> set = new LinkedHashMap<>();
                for (int a = 0; a < axes.size(); a++) {
                    set.put(axes.get(a).path(), c.get(a));
                }
                coords.add(c);
                scenarios.add(ScenarioParameters.set(base, set));
            }
        }
        int m = last.values().size();
        List<ModelRecipe> runs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int first = r * m;
            if (m == 1) {
                runs.add(ModelRecipe.scenario(scenarios.get(first)));
            }
            for (int k = 0; k + 1 < m; k++) {
                runs.add(ModelRecipe.paired(ModelRecipe.scenario(scenarios.get(first + k)),
                    ModelRecipe.scenario(scenarios.get(first + k + 1))));
            }
        }
        List<SimulationResult> results = settings.evaluator().runAll(settings, runs);
        int next = 0;
        List<SweepResult.Point> points = new ArrayList<>();
        List<SweepResult.Step> steps = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int first = r * m;
            if (m == 1) {
                SimulationResult res = results.get(next++);
                points.add(new SweepResult.Point(coords.get(first), pick(res, metrics, "")));
                continue;
            }
            for (int k = 0; k + 1 < m; k++) {
                SimulationResult res = results.get(next++);
                points.add(new SweepResult.Point(coords.get(first + k), pick(res, metrics, "a.")));
                if (k + 2 == m) {
                    points.add(new SweepResult.Point(coords.get(first + k + 1), pick(res, metrics, "b.")));
                }
                steps.add(new SweepResult.Step(first + k, first + k + 1, pick(res, metrics, "diff.")));
            }
        }
        return new SweepResult(axes, metrics, units, points, steps, settings.paths(), settings.seed());
    }

    static Map<String, MetricStatistics> pick(SimulationResult r, List<String> metrics, String prefix) {
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        for (String m : metrics) {
            out.put(m, r.metric(prefix + m));
        }
        return out;
    }
}
