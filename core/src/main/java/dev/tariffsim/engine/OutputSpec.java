package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a path model records on every path: named scalar metrics (some of them 0/1 events) and named time
 * series of a fixed number of steps, each declared once with its unit and a one-line description, so that every
 * report prints the same words. Indices, in declaration order, are what a simulator passes to
 * {@link PathRecorder}. Some metrics are marked as <em>drivers</em> ({@link Builder#driver}): the path's drawn
 * inputs and summaries of its state (months in the deal, the average exchange rate), as opposed to outcomes and
 * their accounting parts; a reverse stress test ranks these by default. Immutable.
 */
public final class OutputSpec implements Serializable {
    private static final long serialVersionUID = 3L;

    /**
     * A declared scalar metric.
     *
     * @param name unique name
     * @param event whether every value is 0 or 1 (reported as a probability)
     * @param unit what one unit of a value is, for example {@code "USD bn PV"}, {@code "months"},
     *     {@code "probability"} (for every event)
     * @param description one line saying what the metric means
     */
    public record Metric(String name, boolean event, String unit, String description) implements Serializable {
        /** @throws IllegalArgumentException if a field is blank */
        public Metric {
            Checks.requireName(name, "metric name");
            requireText(unit, "unit of metric " + name);
            requireText(description, "description of metric " + name);
        }
    }

    /**
     * A declared time series.
     *
     * @param name unique name
     * @param steps the number of steps (months) recorded per path
     * @param event whether every value is 0 or 1 (the mean is a probability); such a series is kept as exact counts
     *     per step, not in sums and quantile sketches, which makes it several times cheaper to record
     * @param unit what one unit of a value is, for example {@code "USD bn"}; {@code "probability"} for an event
     * @param description one line saying what the series means
     */
    public record Series(String name, int steps, boolean event, String unit, String description)
        implements Serializable {
        /** @throws IllegalArgumentException if a field is blank or {@code steps} is not positive */
        public Series {
            Checks.requireName(name, "series name");
            Checks.requirePositive(steps, "steps of series " + name);
            requireText(unit, "unit of series " + name);
            requireText(description, "description of series " + name);
        }

        /**
         * A series whose values are not restricted to 0 and 1.
         *
         * @throws IllegalArgumentException if a field is blank or {@code steps} is not positive
         */
        public Series(String name, int steps, String unit, String description) {
            this(name, steps, false, unit, description);
        }
    }

    private static void requireText(String text, String what) {
        Checks.requireNonNull(text, what);
        Checks.requireArgument(!text.isBlank(), what, "\"" + text + "\"", "not blank");
    }

    private final List<Metric> metrics;
    private final List<Series> series;
    private final Map<String, Integer> metricIndex;
    private final Map<String, Integer> seriesIndex;
    private final List<String> drivers;

    private OutputSpec(List<Metric> metrics, List<Series> series, List<String> drivers) {
        this.drivers = List.copyOf(drivers);
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

    /** The declaration of a metric. @throws IllegalArgumentException if there is none of that name */
    public Metric metric(String name) {
        return metrics.get(metricIndex(name));
    }

    /** The declaration of a series. @throws IllegalArgumentException if there is none of that name */
    public Series series(String name) {
        return series.get(seriesIndex(name));
    }

    /** The names of the metrics marked as drivers (inputs and path summaries), in index order. */
    public List<String> drivers() {
        return drivers;
    }

    /** Whether a metric of that name is declared. */
    public boolean hasMetric(String name) {
        return metricIndex.containsKey(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputSpec s && metrics.equals(s.metrics) && series.equals(s.series)
            && drivers.equals(s.drivers);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * metrics.hashCode() + series.hashCode()) + drivers.hashCode();
    }

    /** Declares metrics and series in order. Not thread-safe. */
    public static final class Builder {
        private final List<Metric> metrics = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private final Map<String, Boolean> names = new LinkedHashMap<>();
        private final List<String> driverNames = new ArrayList<>();

        private Builder() {
        }

        private void unique(String name) {
            Checks.requireName(name, "output name");
            if (names.put(name, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("output name is declared twice: " + name);
            }
        }

        /**
         * Declares a scalar metric and returns its index.
         *
         * @param unit for example {@code "USD bn PV"}
         * @param description one line saying what it means
         * @throws IllegalArgumentException if the name is taken or a text is blank
         */
        public int metric(String name, String unit, String description) {
            Metric m = new Metric(name, false, unit, description);
            unique(name);
            metrics.add(m);
            return metrics.size() - 1;
        }

        /**
         * Declares a 0/1 event metric, of unit {@code "probability"}, and returns its index.
         *
         * @param description one line saying what the event is
         * @throws IllegalArgumentException if the name is taken or the description is blank
         */
        public int event(String name, String description) {
            Metric m = new Metric(name, true, "probability", description);
            unique(name);
            metrics.add(m);
            return metrics.size() - 1;
        }

        /**
         * Marks a declared metric as a driver: a drawn input or a summary of the path's state that explains
         * outcomes, rather than an outcome or a part of one.
         *
         * @param metric the index {@link #metric} or {@link #event} returned
         * @return {@code metric}
         * @throws IllegalArgumentException if no metric has that index
         */
        public int driver(int metric) {
            Checks.requireArgument(metric >= 0 && metric < metrics.size(), "metric index", metric,
                "the index of a declared metric, in [0, " + metrics.size() + ")");
            String name = metrics.get(metric).name();
            if (!driverNames.contains(name)) {
                driverNames.add(name);
            }
            return metric;
        }

        /**
         * Declares a time series of {@code steps} steps and returns its index.
         *
         * @param unit for example {@code "USD bn"}
         * @param description one line saying what it means
         * @throws IllegalArgumentException if the name is taken, a text is blank or {@code steps} is not positive
         */
        public int series(String name, int steps, String unit, String description) {
            Series d = new Series(name, steps, unit, description);
            unique(name);
            series.add(d);
            return series.size() - 1;
        }

        /**
         * Declares a 0/1 time series of {@code steps} steps, of unit {@code "probability"} (for example whether a
         * regime is in force each month), and returns its index. Recording a value other than 0 or 1 fails the path.
         *
         * @param description one line saying what the event is
         * @throws IllegalArgumentException if the name is taken, the description is blank or {@code steps} is not
         *     positive
         */
        public int eventSeries(String name, int steps, String description) {
            Series d = new Series(name, steps, true, "probability", description);
            unique(name);
            series.add(d);
            return series.size() - 1;
        }

        /** The spec. */
        public OutputSpec build() {
            List<String> ordered = new ArrayList<>();
            for (Metric m : metrics) {
                if (driverNames.contains(m.name())) {
                    ordered.add(m.name());
                }
            }
            return new OutputSpec(metrics, series, ordered);
        }
    }
}
