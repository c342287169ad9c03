package dev.tariffsim.analysis;

import dev.tariffsim.stats.MetricStatistics;
import java.util.List;

/**
 * A tornado chart's numbers: the metric at the base scenario and, per input, at its low and high values, with
 * the swing. Immutable.
 *
 * @param metric the metric
 * @param unit its unit as the model declares it
 * @param base its statistics at the base scenario
 * @param bars one per input, largest |swing| first
 * @param paths paths per run
 * @param seed the seed of every run
 */
public record TornadoResult(String metric, String unit, MetricStatistics base, List<Bar> bars, long paths, long seed) {
    /** Copies the list. */
    public TornadoResult {
        bars = List.copyOf(bars);
    }

    /**
     * One input's bar.
     *
     * @param path the input's parameter path
     * @param low its low value
     * @param high its high value
     * @param atLow the metric with the input at {@code low}
     * @param atHigh the metric with the input at {@code high}
     * @param swing the per-path difference, at high minus at low: its mean is the bar's signed length and its
     *     confidence interval reflects the common random numbers
     */
    public record Bar(String path, double low, double high, MetricStatistics atLow, MetricStatistics atHigh,
                      MetricStatistics swing) {
    }
}
