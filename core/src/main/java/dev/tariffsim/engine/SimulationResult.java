package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.util.Collections;
import java.util.Map;

/**
 * The result of a run: how it was made, statistics of every metric and bands of every series. Immutable.
 *
 * @param run how the run was made
 * @param metrics statistics by metric name, in the model's declaration order
 * @param series bands by series name, in declaration order (empty when series were not recorded)
 * @param outputs the model's declaration of its outputs: the unit and description of every metric and series
 */
public record SimulationResult(RunInfo run, Map<String, MetricStatistics> metrics, Map<String, SeriesBands> series,
                               OutputSpec outputs) {
    /** Copies the maps, keeping their order. @throws IllegalArgumentException if {@code outputs} is null */
    public SimulationResult {
        Checks.requireNonNull(outputs, "outputs");
        metrics = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        series = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    }

    /** The statistics of one metric. @throws IllegalArgumentException if there is no such metric */
    public MetricStatistics metric(String name) {
        MetricStatistics m = metrics.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no metric named " + name + "; the result has " + metrics.keySet());
        }
        return m;
    }

    /** The bands of one series. @throws IllegalArgumentException if there is no such series */
    public SeriesBands series(String name) {
        SeriesBands s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no series named " + name + "; the result has " + series.keySet());
        }
        return s;
    }
}
