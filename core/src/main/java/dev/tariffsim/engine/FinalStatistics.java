package dev.tariffsim.engine;

import dev.tariffsim.internal.Threads;
import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.Replication;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of a run, beside {@link ParallelRound}: the statistics and convergence trace of every metric,
 * computed from the run's total on up to the run's threads. Each metric's values are traced in path order and
 * then sorted in place, independently of the others, so the result does not depend on the thread count. In
 * {@link QuantileMode#SKETCH} mode the statistics come from the summaries, and there is no convergence trace
 * (it would need every value in path order).
 */
final class FinalStatistics {
    /** Metrics whose plain or paired convergence traces are computed together (8 overlap their divisions well). */
    private static final int TRACE_GROUP = 8;

    private FinalStatistics() {
    }

    /** Statistics and traces by metric name, in declaration order. */
    record Drained(Map<String, MetricStatistics> metrics, Map<String, ConvergenceTrace> convergence) {
    }

    /** The result of a run whose paths are in {@code total} (which is left empty). */
    static SimulationResult result(RunInfo info, PathModel model, ResultAccumulator total, int threads) {
        Map<String, dev.tariffsim.stats.SeriesBands> bands = total.seriesBands();
        Drained stats = drain(total, threads);
        return new SimulationResult(info, model.name(), model.startMonth().orElse(null), model.outputs(),
            stats.metrics(), bands, stats.convergence());
    }

    /** Checks that an accumulator merged elsewhere was made from path 0 with the runner's settings and the model. */
    static void requireMergedMatches(ResultAccumulator merged, PathModel model, boolean antithetic,
                                     Replication replication, List<ControlVariate> controls) {
        dev.tariffsim.internal.Checks.requireArgument(merged.firstPath() == 0, "merged.firstPath", merged.firstPath(),
            "0");
        dev.tariffsim.internal.Checks.requireArgument(merged.antithetic() == antithetic, "merged.antithetic",
            merged.antithetic(), "this runner's antithetic setting " + antithetic);
        dev.tariffsim.internal.Checks.requireArgument(merged.replication().equals(replication), "merged.replication",
            merged.replication(), "this runner's replication " + replication);
        dev.tariffsim.internal.Checks.requireArgument(merged.spec().equals(model.outputs()), "merged",
            "an accumulator of other outputs", "an accumulator of the model's outputs");
        dev.tariffsim.internal.Checks.requireArgument(merged.controls().equals(controls), "merged.controls",
            merged.controls(), "this runner's control variates");
    }

    /** The control variates' units (paths, pair means or replicate means), shared by every metric's estimate. */
    static final class Controls {
        private final int group;
        private final double[][] x;
        private final double[] mu;
        private final int units;

        /** The controls' units from {@code rows[k][0 .. n)}, control {@code k}'s values in path order. */
        Controls(double[][] rows, int n, List<ControlVariate> controls, boolean paired, Replication replication) {
            group = replication.isReplicated() ? replication.group() : paired ? 2 : 1;
            x = new double[controls.size()][];
            mu = new double[controls.size()];
            int u = 0;
            for (int k = 0; k < x.length; k++) {
                x[k] = new double[Math.max(n, replication.replicates())];
                u = dev.tariffsim.stats.ControlledMean.units(rows[k], n, group, x[k]);
                mu[k] = controls.get(k).mean();
            }
            units = u;
        }

        /** The controlled mean of a metric's first {@code n} values (in path order, before they are sorted). */
        dev.tariffsim.stats.ControlledMean mean(double[] v, int n) {
            double[] y = group == 1 ? v : new double[x[0].length];
            if (group != 1) {
                dev.tariffsim.stats.ControlledMean.units(v, n, group, y);
            }
            return dev.tariffsim.stats.ControlledMean.of(y, x, mu, units);
        }
    }

    /** Takes the total's metric values (leaving it empty) and computes every metric's statistics and trace. */
    static Drained drain(ResultAccumulator total, int threads) {
        if (total.quantileMode() == QuantileMode.SKETCH) {
            Drained d = new Drained(total.metricStatistics(), Map.of());
            total.clear();
            return d;
        }
        List<OutputSpec.Metric> ms = total.spec().metrics();
        boolean paired = total.antithetic();
        Replication replication = total.replication();
        List<ControlVariate> controls = total.controls();
        double[][] values = total.takeValues();
        Controls cv = controls.isEmpty() ? null : new Controls(
            Arrays.copyOfRange(values, ms.size(), values.length), values[0].length, controls, paired, replication);
        MetricStatistics[] stats = new MetricStatistics[ms.size()];
        ConvergenceTrace[] traces = new ConvergenceTrace[ms.size()];
        // metrics in groups of TRACE_GROUP, whose traces are computed together (ConvergenceTrace.ofEach)
        int groups = (stats.length + TRACE_GROUP - 1) / TRACE_GROUP;
        Threads.forEachIndex("tariffsim-worker-stats", groups, threads, gi -> {
            int from = gi * TRACE_GROUP;
            int to = Math.min(stats.length, from + TRACE_GROUP);
            double[][] group = Arrays.copyOfRange(values, from, to);
            if (!replication.isReplicated()) {
                System.arraycopy(ConvergenceTrace.ofEach(group, group[0].length, MonteCarlo.BATCH, paired), 0, traces,
                    from, to - from);
            }
            for (int m = from; m < to; m++) {
                double[] v = values[m];
                values[m] = null;
                if (replication.isReplicated()) {
                    traces[m] = ConvergenceTrace.ofReplicated(v, v.length, MonteCarlo.BATCH, replication);
                }
                String name = ms.get(m).name();
                boolean event = ms.get(m).event();
                stats[m] = cv != null && !event ? MetricStatistics.adoptControlled(name, false, v, cv.mean(v, v.length))
                    : replication.isReplicated() ? MetricStatistics.adoptReplicated(name, event, v, 0, replication)
                    : paired ? MetricStatistics.adoptPaired(name, event, v, 0)
                    : MetricStatistics.adopt(name, event, v);
            }
        });
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        Map<String, ConvergenceTrace> trace = new LinkedHashMap<>();
        for (int m = 0; m < stats.length; m++) {
            out.put(ms.get(m).name(), stats[m]);
            trace.put(ms.get(m).name(), traces[m]);
        }
        return new Drained(out, trace);
    }
}
