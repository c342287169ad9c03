package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a path model records on every path: named scalar metrics (some of them 0/1 events) and named time
 * series of a fixed number of steps. Indices, in declaration order, are what a simulator passes to
 * {@link PathRecorder}. Immutable.
 */
public final class OutputSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A declared scalar metric.
     *
     * @param name unique name
     * @param event whether every value is 0 or 1 (reported as a probability)
     */
    public record Metric(String name, boolean event) implements Serializable {
    }

    /**
     * A declared time series.
     *
     * @param name unique name
     * @param steps the number of steps (months) recorded per path
     */
    public record Series(String name, int steps) implements Serializable {
    }

    private final List<Metric> metrics;
    private final List<Series> series;
    private final Map<String, Integer> metricIndex;
    private final Map<String, Integer> seriesIndex;

    private OutputSpec(List<Metric> metrics, List<Series> series) {
        this.metrics = List.copyOf(metrics);
        this.series = List.copyOf(series);
        this.metricIndex = new LinkedHashMap<>();
        this.seriesIndex = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            metricIndex.put(metrics.get(i).name(), i);
        }
        for (int i = 0; i < series.size(); i++) {
            seriesIndex.put(series.get(i).name(), i);
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The metrics, in index order. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** The series, in index order. */
    public List<Series> series() {
        return series;
    }

    /** The index of a metric. @throws IllegalArgumentException if there is none of that name */
    public int metricIndex(String name) {
        Integer i = metricIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("metric is not declared: " + name + " (declared: " + metricIndex.keySet() + ")");
        }
        return i;
    }

    /** The index of a series. @throws IllegalArgumentException if there is none of that name */
    public int seriesIndex(String name) {
        Integer i = seriesIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("series is not declared: " + name + " (declared: " + seriesIndex.keySet() + ")");
        }
        return i;
    }

    /** Whether a metric of that name is declared. */
    public boolean hasMetric(String name) {
        return metricIndex.containsKey(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputSpec s && metrics.equals(s.metrics) && series.equals(s.series);
    }

    @Override
    public int hashCode() {
        return 31 * metrics.hashCode() + series.hashCode();
    }

    /** Declares metrics and series in order. Not thread-safe. */
    public static final class Builder {
        private final List<Metric> metrics = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private final Map<String, Boolean> names = new LinkedHashMap<>();

        private Builder() {
        }

        private void unique(String name) {
            Checks.requireName(name, "output name");
            if (names.put(name, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("output name is declared twice: " + name);
            }
        }

        /** Declares a scalar metric and returns its index. */
        public int metric(String name) {
            unique(name);
            metrics.add(new Metric(name, false));
            return metrics.size() - 1;
        }

        /** Declares a 0/1 event metric and returns its index. */
        public int event(String name) {
            unique(name);
            metrics.add(new Metric(name, true));
            return metrics.size() - 1;
        }

        /** Declares a time series of {@code steps} steps and returns its index. */
        public int series(String name, int steps) {
            unique(name);
            Checks.requirePositive(steps, "steps of series " + name);
            series.add(new Series(name, steps));
            return series.size() - 1;
        }

        /** The spec. */
        public OutputSpec build() {
            return new OutputSpec(metrics, series);
        }
    }
}
