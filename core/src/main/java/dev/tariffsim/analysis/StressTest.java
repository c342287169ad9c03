package dev.tariffsim.analysis;

import dev.tariffsim.engine.PathModel;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Tail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A reverse stress test: among the worst {@code fraction} of paths for one metric, how every other recorded metric
 * (the path's inputs, such as {@code inputs.passThrough}, and its summaries, such as {@code monthsInDeal}) differs
 * from all paths, in standard deviations of all paths: {@code z = (mean over the worst - mean over all) / sd over
 * all}, ranked by |z|. One ordinary run, its paths captured in path order ({@link CapturedPaths}); the worst paths
 * are the {@code ceil(fraction n)} with the lowest (or highest) values, ties broken by path index, so the result is
 * reproducible.
 */
public final class StressTest {
    private StressTest() {
    }

    /**
     * Runs the stress test.
     *
     * @param fraction the share of paths in the tail, in (0, 1)
     * @param tail which tail is bad: {@link Tail#LOWER} for a value, {@link Tail#UPPER} for a cost
     * @throws IllegalArgumentException if the metric is unknown or the fraction out of range
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, PathModel model, String metric, double fraction,
                                   Tail tail) {
        return run(settings, ModelRecipe.of(model), metric, fraction, tail);
    }

    /**
     * The same for the recipe's model: the form for an evaluator that makes the model elsewhere (a cluster).
     *
     * @throws IllegalArgumentException if the metric is unknown or the fraction out of range
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, ModelRecipe recipe, String metric, double fraction,
                                   Tail tail) {
        Checks.requireNonNull(settings, "settings");
        Checks.requireNonNull(recipe, "recipe");
        PathModel model = recipe.create();
        Checks.requireOpenUnit(fraction, "fraction");
        Checks.requireNonNull(tail, "tail");
        dev.tariffsim.engine.OutputSpec spec = model.outputs();
        spec.metricIndex(metric);
        CapturedPaths cap = CapturedPaths.run(settings, recipe, List.of());
        int n = cap.paths();
        double[] key = cap.values[cap.indexOf(metric)];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byValue = (p, q) -> Double.compare(key[p], key[q]);
        Arrays.sort(order, tail == Tail.LOWER ? byValue : byValue.reversed().thenComparing(Comparator.naturalOrder()));
        int worst = (int) Math.max(1, Math.ceil(fraction * n));
        double threshold = key[order[worst - 1]];
        List<StressResult.Shift> shifts = new ArrayList<>();
        for (int m = 0; m < cap.metrics().size(); m++) {
            String name = cap.metrics().get(m);
            if (name.equals(metric)) {
                continue;
            }
            double[] v = cap.values[m];
            double mean = 0;
            for (double x : v) {
                mean += x;
            }
            mean /= n;
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            // constant metrics (up to rounding) have no meaningful z
            double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
            if (!(sd > 1e-9 * Math.max(1, Math.abs(mean)))) {
                continue;
            }
            double tailMean = 0;
            for (int k = 0; k < worst; k++) {
                tailMean += v[order[k]];
            }
            tailMean /= worst;
            String unit = spec.metrics().get(spec.metricIndex(name)).unit();
            shifts.add(new StressResult.Shift(name, unit, mean, sd, tailMean, (tailMean - mean) / sd));
        }
        shifts.sort(Comparator.comparingDouble((StressResult.Shift s) -> -Math.abs(s.z())));
        return new StressResult(metric, spec.metrics().get(spec.metricIndex(metric)).unit(), fraction, tail, worst, threshold, shifts, n, settings.seed());
    }
}
