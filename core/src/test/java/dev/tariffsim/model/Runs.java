package dev.tariffsim.model;

import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.PathRange;
import dev.tariffsim.engine.ResultAccumulator;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.stats.MetricStatistics;
import java.util.Map;

/** Small helpers to run a scenario in tests. */
final class Runs {
    private Runs() {
    }

    static ResultAccumulator run(Scenario s, int paths, long seed) {
        return MonteCarlo.builder().seed(seed).antithetic(false).recordSeries(true).build()
            .simulate(new ScenarioModel(s), new PathRange(0, paths));
    }

    static Map<String, MetricStatistics> metrics(Scenario s, int paths, long seed) {
        return run(s, paths, seed).metricStatistics();
    }

    /** The metrics (present in both) whose means differ by more than 1e-12 relative plus 1e-12; empty if none. */
    static String differences(Map<String, MetricStatistics> a, Map<String, MetricStatistics> b) {
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, MetricStatistics> e : a.entrySet()) {
            MetricStatistics other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            double x = e.getValue().mean();
            double y = other.mean();
            if (Math.abs(x - y) > 1e-12 + 1e-12 * Math.abs(x)) {
                why.append(e.getKey()).append(": ").append(x).append(" vs ").append(y).append('\n');
            }
        }
        return why.toString();
    }
}
