package dev.tariffsim.analysis;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.PathRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of chosen metrics on every path of a run, in path order, so that values of different metrics on
 * one path line up (what rank correlations, reverse stress tests and Sobol estimators need, and ordinary
 * statistics do not keep). The run is an ordinary engine run: path {@code i}'s values depend on (model, seed,
 * {@code i}) alone, whatever the thread count, each worker writing the indices of the paths it simulates (the
 * engine joins its workers before the run returns, so the writes are visible). Memory: 8 bytes per path and
 * captured metric. Immutable once made.
 */
public final class CapturedPaths {
    private final SimulationResult result;
    private final List<String> metrics;
    final double[][] values;

    private CapturedPaths(SimulationResult result, List<String> metrics, double[][] values) {
        this.result = result;
        this.metrics = List.copyOf(metrics);
        this.values = values;
    }

    /**
     * Runs {@code model} and keeps the per-path values of {@code metrics} (all the model's metrics if empty), on
     * the settings' evaluator (a model object runs on the local one only: see {@link ModelRecipe#of}).
     *
     * @throws IllegalArgumentException if a metric is not declared by the model
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static CapturedPaths run(RunSettings settings, PathModel model, List<String> metrics) {
        return run(settings, ModelRecipe.of(model), metrics);
    }

    /**
     * Runs the recipe's model on the settings' evaluator and keeps the per-path values of {@code metrics} (all
     * the model's metrics if empty).
     *
     * @throws IllegalArgumentException if a metric is not declared by the model
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static CapturedPaths run(RunSettings settings, ModelRecipe model, List<String> metrics) {
        Checks.requireNonNull(settings, "settings");
        return settings.evaluator().capture(settings, model, metrics);
    }

    /**
     * Captured values made by an {@link Evaluator}: {@code values[k][i]} is metric {@code metrics.get(k)} on path
     * {@code i}. The arrays are kept, not copied.
     *
     * @throws IllegalArgumentException if there is not one array per metric, of one length
     */
    public static CapturedPaths of(SimulationResult result, List<String> metrics, double[][] values) {
        Checks.requireNonNull(result, "result");
        Checks.requireArgument(values.length == metrics.size(), "values", values.length, "one array per metric "
            + metrics);
        for (double[] v : values) {
            Checks.requireArgument(v.length == values[0].length, "values", v.length, "arrays of one length");
        }
        return new CapturedPaths(result, metrics, values);
    }

    /**
     * The metric names to capture: {@code metrics}, or all the model's if empty.
     *
     * @throws IllegalArgumentException if a metric is not declared by the model
     */
    public static List<String> names(PathModel model, List<String> metrics) {
        OutputSpec spec = model.outputs();
        List<String> names = new ArrayList<>(metrics);
        if (names.isEmpty()) {
            spec.metrics().forEach(m -> names.add(m.name()));
        }
        for (String n : names) {
            spec.metricIndex(n);
        }
        return names;
    }

    /**
     * For evaluators: {@code model}, storing metric {@code metrics.get(k)} of path {@code i} at
     * {@code store[k][i - firstPath]} as it passes to the engine (an evaluator running a range of paths gives
     * the range's first path and arrays of the range's length). Writes from worker threads become visible when
     * the engine's run returns.
     *
     * @throws IllegalArgumentException if a metric is not declared by the model
     */
    public static PathModel tap(PathModel model, List<String> metrics, long firstPath, double[][] store) {
        OutputSpec spec = model.outputs();
        int[] index = new int[metrics.size()];
        for (int k = 0; k < index.length; k++) {
            index[k] = spec.metricIndex(metrics.get(k));
        }
        return new Tap(model, index, firstPath, store);
    }

    /** The run's statistics of all the model's metrics. */
    public SimulationResult result() {
        return result;
    }

    /** The captured metrics, in order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The number of paths. */
    public int paths() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /** A copy of one metric's values in path order. @throws IllegalArgumentException if it was not captured */
    public double[] values(String metric) {
        return values[indexOf(metric)].clone();
    }

    int indexOf(String metric) {
        int k = metrics.indexOf(metric);
        if (k < 0) {
            throw new IllegalArgumentException("metric " + metric + " was not captured; captured: " + metrics);
        }
        return k;
    }

    /** The model, storing the chosen metrics of path i at index i as they pass to the engine. */
    private record Tap(PathModel model, int[] index, long first, double[][] store) implements PathModel {
        @Override
        public OutputSpec outputs() {
            return model.outputs();
        }

        @Override
        public PathSimulator newSimulator(PathRandom random) {
            PathSimulator sim = model.newSimulator(random);
            Forward forward = new Forward(model.outputs().metrics().size());
            return recorder -> {
                forward.target = recorder;
                sim.simulate(forward);
                int i = (int) (random.pathIndex() - first);
                for (int k = 0; k < index.length; k++) {
                    store[k][i] = forward.values[index[k]];
                }
            };
        }
    }

    /** Passes outputs on and remembers the path's metrics. */
    private static final class Forward implements PathRecorder {
        final double[] values;
        PathRecorder target;

        Forward(int metrics) {
            values = new double[metrics];
        }

        @Override
        public void metric(int metric, double value) {
            values[metric] = value;
            target.metric(metric, value);
        }

        @Override
        public void series(int series, int step, double value) {
            target.series(series, step, value);
        }

        @Override
        public void series(int series, double[] values) {
            target.series(series, values);
        }

        @Override
        public boolean recordsSeries() {
            return target.recordsSeries();
        }
    }
}
