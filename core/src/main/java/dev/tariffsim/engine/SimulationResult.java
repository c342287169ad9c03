package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.ConvergenceTrace;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.SeriesBands;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a run: how it was made, what was simulated (the model's name, calendar and declared outputs
 * with their units and descriptions), statistics of every metric, bands of every series and how each metric's
 * estimate converged. It carries everything a report prints, so report formats take nothing else. Immutable.
 *
 * <p>A run cancelled before its first batch has 0 paths ({@link #isEmpty()}): every statistic is NaN.
 *
 * @param run how the run was made
 * @param model the model's name (a scenario's name), for reports
 * @param start the calendar month of series step 0, or null when steps are not calendar months
 * @param outputs the model's declaration of its outputs: the unit and description of every metric and series
 * @param metrics statistics by metric name, in the model's declaration order
 * @param series bands by series name, in declaration order (empty when series were not recorded)
 * @param convergence the running mean and standard error of every metric at batch-aligned checkpoints, by
 *     metric name (empty for results made without one)
 */
public record SimulationResult(RunInfo run, String model, YearMonth start, OutputSpec outputs,
                               Map<String, MetricStatistics> metrics, Map<String, SeriesBands> series,
                               Map<String, ConvergenceTrace> convergence) {
    /** Copies the maps, keeping their order. @throws IllegalArgumentException if a name is blank or a field null */
    public SimulationResult {
        Checks.requireNonNull(run, "run");
        Checks.requireName(model, "model");
        Checks.requireNonNull(outputs, "outputs");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.requireNonNull(metrics, "metrics")));
        series = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.requireNonNull(series, "series")));
        convergence = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.requireNonNull(convergence, "convergence")));
    }

    /** A result of a model named "model", without calendar months or convergence traces. */
    public SimulationResult(RunInfo run, Map<String, MetricStatistics> metrics, Map<String, SeriesBands> series,
                            OutputSpec outputs) {
        this(run, "model", null, outputs, metrics, series, Map.of());
    }

    /** The calendar month of series step 0, if the model's steps are calendar months. */
    public Optional<YearMonth> startMonth() {
        return Optional.ofNullable(start);
    }

    /**
     * How the metrics' quantiles were computed: {@code "exact"} (every value kept) or
     * {@code "sketch, relative error 0.4%"} (a bounded-memory run, {@link QuantileMode#SKETCH}).
     */
    public String quantiles() {
        return metrics.values().stream().findFirst().map(MetricStatistics::quantileMethod).orElse("exact");
    }

    /** Whether the result holds no path (a run cancelled before its first batch completed). */
    public boolean isEmpty() {
        return run.paths() == 0;
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

    /** The convergence trace of one metric. @throws IllegalArgumentException if there is none for that name */
    public ConvergenceTrace convergence(String name) {
        ConvergenceTrace t = convergence.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no convergence trace for " + name + "; the result has "
                + convergence.keySet());
        }
        return t;
    }
}
