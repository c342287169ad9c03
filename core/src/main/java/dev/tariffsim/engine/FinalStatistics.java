package dev.tariffsim.engine;

import dev.tariffsim.internal.Threads;
import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.MetricStatistics;
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

    /** Takes the total's metric values (leaving it empty) and computes every metric's statistics and trace. */
    static Drained drain(ResultAccumulator total, int threads) {
        if (total.quantileMode() == QuantileMode.SKETCH) {
            Drained d = new Drained(total.metricStatistics(), Map.of());
            total.clear();
            return d;
        }
        List<OutputSpec.Metric> ms = total.spec().metrics();
        boolean paired = total.antithetic();
        double[][] values = total.takeValues();
        MetricStatistics[] stats = new MetricStatistics[ms.size()];
        ConvergenceTrace[] traces = new ConvergenceTrace[ms.size()];
        Threads.forEachIndex("tariffsim-worker-stats", stats.length, threads, m -> {
            double[] v = values[m];
            values[m] = null;
            traces[m] = ConvergenceTrace.of(v, v.length, MonteCarlo.BATCH, paired);
            String name = ms.get(m).name();
            stats[m] = paired ? MetricStatistics.adoptPaired(name, ms.get(m).event(), v, 0)
                : MetricStatistics.adopt(name, ms.get(m).event(), v);
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
