package dev.tariffsim.analysis;

import dev.tariffsim.engine.PathModel;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.Tail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A reverse stress test: among the worst {@code fraction} of paths for one metric, how the model's drivers
 * ({@link dev.tariffsim.engine.OutputSpec#drivers()}: the path's drawn inputs, such as {@code inputs.passThrough},
 * and its summaries, such as {@code monthsInDeal}, {@code avgFxRate}, {@code vehicleReturn}) differ from all paths,
 * in standard deviations of all paths: {@code z = (mean over the worst - mean over all) / sd over all}, ranked by
 * |z|. With {@code allMetrics}, or for a model that marks no drivers, every other recorded metric is ranked,
 * including the metric's own accounting parts. One ordinary run, its paths captured in path order
 * ({@link CapturedPaths}); the worst paths are the {@code ceil(fraction n)} with the lowest (or highest) values,
 * ties broken by path index, so the result is reproducible.
 *
 * <p>For an event metric (0/1, such as {@code reserveBreach}) a tail of tied values would be an arbitrary pick, so
 * the selected paths are instead those where the event occurred, whatever {@code fraction} and {@code tail}; the
 * result's {@code fraction} is then the event's observed frequency and its tail {@link Tail#UPPER}.
 */
public final class StressTest {
    private StressTest() {
    }

    /**
     * Runs the stress test on the model's drivers.
     *
     * @param fraction the share of paths in the tail, in (0, 1) (ignored for an event metric)
     * @param tail which tail is bad: {@link Tail#LOWER} for a value, {@link Tail#UPPER} for a cost (ignored for an
     *     event metric)
     * @throws IllegalArgumentException if the metric is unknown, the fraction out of range, or the metric is an
     *     event that occurred on no path
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, PathModel model, String metric, double fraction,
                                   Tail tail) {
        return run(settings, ModelRecipe.of(model), metric, fraction, tail, false);
    }

    /**
     * Runs the stress test on the model's drivers, or with {@code allMetrics} on every other recorded metric.
     *
     * @param fraction the share of paths in the tail, in (0, 1) (ignored for an event metric)
     * @param tail which tail is bad (ignored for an event metric)
     * @param allMetrics whether to rank every metric rather than the model's drivers
     * @throws IllegalArgumentException if the metric is unknown, the fraction out of range, or the metric is an
     *     event that occurred on no path
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, PathModel model, String metric, double fraction,
                                   Tail tail, boolean allMetrics) {
        return run(settings, ModelRecipe.of(model), metric, fraction, tail, allMetrics);
    }

    /**
     * The same on the model's drivers for the recipe's model: the form for an evaluator that makes the model
     * elsewhere (a cluster).
     *
     * @throws IllegalArgumentException if the metric is unknown, the fraction out of range, or the metric is an
     *     event that occurred on no path
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, ModelRecipe recipe, String metric, double fraction,
                                   Tail tail) {
        return run(settings, recipe, metric, fraction, tail, false);
    }

    /**
     * The same for the recipe's model, with {@code allMetrics} ranking every other recorded metric.
     *
     * @throws IllegalArgumentException if the metric is unknown, the fraction out of range, or the metric is an
     *     event that occurred on no path
     * @throws dev.tariffsim.engine.SimulationException if the model fails
     */
    public static StressResult run(RunSettings settings, ModelRecipe recipe, String metric, double fraction,
                                   Tail tail, boolean allMetrics) {
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
        boolean event = spec.metric(metric).event();
        double share = fraction;
        Tail side = tail;
        int worst;
        if (event) {
            // the paths where the event occurred, in path order (a stable sort on "occurred" first)
            Arrays.sort(order, Comparator.comparingInt((Integer p) -> key[p] == 1 ? 0 : 1));
            worst = 0;
            while (worst < n && key[order[worst]] == 1) {
                worst++;
            }
            if (worst == 0) {
                throw new IllegalArgumentException("metric " + metric + " is an event that occurred on none of the "
                    + n + " paths: there are no paths to stress (run more paths or choose a continuous metric)");
            }
            share = (double) worst / n;
            side = Tail.UPPER;
        } else {
            Comparator<Integer> byValue = (p, q) -> Double.compare(key[p], key[q]);
            Arrays.sort(order, tail == Tail.LOWER ? byValue
                : byValue.reversed().thenComparing(Comparator.naturalOrder()));
            worst = (int) Math.max(1, Math.ceil(fraction * n));
        }
        double threshold = key[order[worst - 1]];
        List<String> drivers = spec.drivers();
        boolean all = allMetrics || drivers.isEmpty();
        List<StressResult.Shift> shifts = new ArrayList<>();
        for (int m = 0; m < cap.metrics().size(); m++) {
            String name = cap.metrics().get(m);
            if (name.equals(metric) || !all && !drivers.contains(name)) {
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
        return new StressResult(metric, spec.metrics().get(spec.metricIndex(metric)).unit(), share, side, event, worst,
            threshold, shifts, n, settings.seed());
    }
}
