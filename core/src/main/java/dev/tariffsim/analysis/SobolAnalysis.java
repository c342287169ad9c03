package dev.tariffsim.analysis;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * Sobol indices of any {@link PathModel} by its named random components, by pick-freeze: every path index has an
 * A draw of every component (its streams under the run seed) and a B draw (under a second seed derived from it),
 * and is simulated k + 2 times: all from A, all from B, and for each component j with j from B and the rest from A.
 * The settings' {@link Evaluator} runs this as one ordinary run of N paths (on a cluster: tasks of path
 * ranges whose per-path values are joined in path order), so the result is reproducible and does not depend on the
 * thread count; the cost is (k + 2) N model evaluations, and memory of (k + 2) m + r doubles per path for m
 * metrics and r recorded inputs (the per-path values the estimators and the bootstrap need). Estimators and
 * intervals: {@code docs/analysis.md}.
 *
 * <pre>{@code
 * SobolResult r = SobolAnalysis.run(RunSettings.of(10_000, 42), new ScenarioModel(scenario),
 *     List.of("netDealValue"));
 * double s = r.metric("netDealValue").component("trade").firstOrder();
 * }</pre>
 *
 * <p>Components must be independent (distinct streams are); correlated draws within a stream, such as the
 * scenario model's {@code macro} stream (demand, FX and the investment vehicle, correlated), are one component.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /**
     * How confidence intervals are made: percentile intervals from {@code resamples} bootstrap resamples of the
     * paths, drawn from {@code seed}.
     *
     * @param resamples in [10, 100000]
     * @param level confidence level in (0, 1)
     * @param seed the resampling seed: fixed, so intervals are reproducible
     */
    public record Bootstrap(int resamples, double level, long seed) {
        /** @throws IllegalArgumentException if out of range */
        public Bootstrap {
            Checks.requireArgument(resamples >= 10 && resamples <= 100_000, "resamples", resamples, "in [10, 100000]");
            Checks.requireOpenUnit(level, "level");
        }

        /** 500 resamples, 95% intervals, resampling seed 1. */
        public static Bootstrap standard() {
            return new Bootstrap(500, 0.95, 1);
        }
    }

    /**
     * Indices of {@code metrics} for every named stream of the model as a component, standard bootstrap.
     *
     * @throws IllegalArgumentException if a metric is not declared or the model draws from no named stream
     */
    public static SobolResult run(RunSettings settings, PathModel model, List<String> metrics) {
        return run(settings, model, Component.of(model), metrics, Bootstrap.standard());
    }

    /**
     * Indices of {@code metrics} for the given components.
     *
     * @param components at least one; every stream the model draws from and no component names stays at A
     * @throws IllegalArgumentException if a metric is not declared, there is no metric or component, two
     *     components share a name or a stream, a component names a stream the model does not draw from, or there
     *     are fewer than 2 paths
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static SobolResult run(RunSettings settings, PathModel model, List<Component> components,
                                  List<String> metrics, Bootstrap bootstrap) {
        return run(settings, ModelRecipe.of(model), components, metrics, bootstrap);
    }

    /**
     * Indices of {@code metrics} for the given components, of the recipe's model: the form for an evaluator
     * that makes the model elsewhere (a cluster), where the pick-freeze model travels as the recipe, the
     * components and the seed.
     *
     * @throws IllegalArgumentException as {@link #run(RunSettings, PathModel, List, List, Bootstrap)}
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static SobolResult run(RunSettings settings, ModelRecipe recipe, List<Component> components,
                                  List<String> metrics, Bootstrap bootstrap) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(recipe, "recipe");
        PathModel model = recipe.create();
        Checks.requireNonNull(bootstrap, "bootstrap");
        Checks.requireArgument(!components.isEmpty(), "components", components, "at least one");
        Checks.requireArgument(!metrics.isEmpty(), "metrics", metrics, "at least one");
        Checks.requireArgument(settings.paths() >= 2, "paths", settings.paths(), "at least 2");
        List<String> drawn = Component.of(model).stream().map(Component::name).toList();
        List<String> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Component c : components) {
            Checks.requireArgument(!names.contains(c.name()), "component name", c.name(), "unique");
            names.add(c.name());
            for (String s : c.streams()) {
                Checks.requireArgument(drawn.contains(s), "stream of component " + c.name(), s,
                    "a stream the model draws from " + drawn);
                Checks.requireArgument(!seen.contains(s), "stream of component " + c.name(), s,
                    "in one component only");
                seen.add(s);
            }
        }
        OutputSpec spec = model.outputs();
        int[] m = new int[metrics.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = spec.metricIndex(metrics.get(i));
        }
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < spec.metrics().size(); i++) {
            if (spec.metrics().get(i).name().startsWith("inputs.")) {
                in.add(i);
            }
        }
        int[] inputs = in.stream().mapToInt(Integer::intValue).toArray();
        List<Component> parts = List.copyOf(components);
        long seed = settings.seed();
        ModelRecipe pf = recipe instanceof ModelRecipe.Local ? ModelRecipe.of(new PickFreezeModel(model, parts, m,
            inputs, seed)) : () -> new PickFreezeModel(recipe.create(), parts, m, inputs, seed);
        CapturedPaths cap = CapturedPaths.run(settings, pf, List.of());
        int k = components.size();
        int evals = k + 2;
        int n = cap.paths();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        List<SobolResult.Indices> indices = new ArrayList<>();
        List<SobolResult.Correlation> correlations = new ArrayList<>();
        for (int q = 0; q < m.length; q++) {
            double[] a = cap.values[q * evals];
            double[] b = cap.values[q * evals + 1];
            double[][] ab = new double[k][];
            for (int j = 0; j < k; j++) {
                ab[j] = cap.values[q * evals + 2 + j];
            }
            double[][] est = new double[2][k];
            SobolEstimator.estimate(a, b, ab, rows, est);
            double[][][] ci = SobolEstimator.intervals(a, b, ab, bootstrap.resamples(), bootstrap.seed() + q,
                bootstrap.level());
            List<SobolResult.ComponentIndex> comps = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                comps.add(new SobolResult.ComponentIndex(components.get(j).name(), est[0][j],
                    new Interval(ci[0][j][0], ci[0][j][1], bootstrap.level()), est[1][j],
                    new Interval(ci[1][j][0], ci[1][j][1], bootstrap.level())));
            }
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += a[i] + b[i];
            }
            mean /= 2.0 * n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += (a[i] - mean) * (a[i] - mean) + (b[i] - mean) * (b[i] - mean);
            }
            indices.add(new SobolResult.Indices(metrics.get(q), spec.metrics().get(m[q]).unit(), mean, var / (2.0 * n - 1), comps));
            for (int t = 0; t < inputs.length; t++) {
                double[] x = cap.values[m.length * evals + t];
                correlations.add(new SobolResult.Correlation(spec.metrics().get(inputs[t]).name(), metrics.get(q),
                    SobolEstimator.spearman(x, a)));
            }
        }
        return new SobolResult(indices, correlations, n, (long) evals * n, bootstrap, settings.seed());
    }
}
