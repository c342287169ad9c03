package dev.tariffsim.engine;

import dev.tariffsim.internal.Threads;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.MetricSummary;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The metric values of a {@link ResultAccumulator}: in {@link QuantileMode#EXACT} mode every path's value, in
 * path order, in one growing column per metric; in {@link QuantileMode#SKETCH} mode a column of at most
 * {@value #SUMMARY_BUFFER} paths that is folded into one bounded {@link MetricSummary} per metric whenever it
 * fills. Not thread-safe.
 */
final class MetricColumns implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Paths whose values wait before going into the summaries, in {@code SKETCH} mode. */
    static final int SUMMARY_BUFFER = 1024;

    private final List<OutputSpec.Metric> metrics;
    private final double[][] values;
    /** Per metric, the paths folded out of {@link #values}; null in {@code EXACT} mode. */
    private final MetricSummary[] summaries;
    /** Paths whose values are in {@link #values}. */
    private int held;
    /** Paths in all, held or folded. */
    private int count;
    private int capacity;

    MetricColumns(OutputSpec spec, int expectedPaths, QuantileMode mode) {
        this.metrics = spec.metrics();
        int m = metrics.size();
        boolean sketch = mode.resolve(expectedPaths) == QuantileMode.SKETCH;
        this.summaries = sketch ? new MetricSummary[m] : null;
        for (int i = 0; sketch && i < m; i++) {
            summaries[i] = new MetricSummary(metrics.get(i).name(), metrics.get(i).event());
        }
        this.capacity = sketch ? SUMMARY_BUFFER : Math.max(1, expectedPaths);
        this.values = new double[m][capacity];
    }

    QuantileMode mode() {
        return summaries == null ? QuantileMode.EXACT : QuantileMode.SKETCH;
    }

    /** Records the value of metric {@code m} for the path in progress. */
    void set(int m, double value) {
        if (held == capacity) {
            grow(capacity * 2L);
        }
        values[m][held] = value;
    }

    /** The value of metric {@code m} recorded for the path in progress. */
    double current(int m) {
        return values[m][held];
    }

    /** Closes the path in progress. */
    void endPath() {
        count++;
        held++;
        if (summaries != null && held == capacity) {
            fold();
        }
    }

    /** Moves the held values into the summaries, in {@code SKETCH} mode. */
    void fold() {
        if (summaries != null) {
            for (int m = 0; m < summaries.length; m++) {
                summaries[m].addAll(values[m], held);
            }
            held = 0;
        }
    }

    private void grow(long wanted) {
        if (wanted > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more paths than one accumulator holds: " + wanted);
        }
        capacity = (int) wanted;
        for (int m = 0; m < values.length; m++) {
            values[m] = Arrays.copyOf(values[m], capacity);
        }
    }

    /** Appends the paths of {@code other}, of the same mode. */
    void merge(MetricColumns other) {
        if (summaries != null) {
            fold();
            other.fold();
            for (int m = 0; m < summaries.length; m++) {
                summaries[m].merge(other.summaries[m]);
            }
        } else {
            if ((long) held + other.held > capacity) {
                grow(Math.max(capacity * 2L, (long) held + other.held));
            }
            for (int m = 0; m < values.length; m++) {
                System.arraycopy(other.values[m], 0, values[m], held, other.held);
            }
            held += other.held;
        }
        count += other.count;
    }

    /** Forgets every path, keeping the memory. */
    void clear() {
        held = 0;
        count = 0;
        for (int m = 0; summaries != null && m < summaries.length; m++) {
            summaries[m].clear();
        }
    }

    /** The mean of metric {@code m}, for precision checks. */
    double mean(int m) {
        if (summaries != null) {
            fold();
            return summaries[m].mean();
        }
        double s = 0;
        double[] v = values[m];
        for (int i = 0; i < held; i++) {
            s += v[i];
        }
        return s / held;
    }

    /** The standard error of the mean of metric {@code m}. */
    double stdError(int m) {
        if (summaries != null) {
            fold();
            return summaries[m].stdDev() / Math.sqrt(count);
        }
        double mean = mean(m);
        double ss = 0;
        double[] v = values[m];
        for (int i = 0; i < held; i++) {
            ss += (v[i] - mean) * (v[i] - mean);
        }
        return Math.sqrt(ss / (held - 1) / held);
    }

    /** Statistics of every metric, by name, in declaration order. */
    Map<String, MetricStatistics> statistics() {
        fold();
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            OutputSpec.Metric d = metrics.get(m);
            out.put(d.name(), summaries != null ? summaries[m].toStatistics()
                : MetricStatistics.of(d.name(), d.event(), values[m], held));
        }
        return out;
    }

    /**
     * Statistics of every metric, handing the exact columns over instead of copying them, on up to
     * {@code threads} threads (each metric is sorted independently, so the result does not depend on it);
     * afterwards the columns are empty. The run's final step, where copies would double the memory.
     */
    Map<String, MetricStatistics> drain(int threads) {
        if (summaries != null) {
            Map<String, MetricStatistics> out = statistics();
            clear();
            return out;
        }
        MetricStatistics[] stats = new MetricStatistics[metrics.size()];
        AtomicInteger next = new AtomicInteger();
        RuntimeException[] failure = new RuntimeException[1];
        Runnable work = () -> {
            for (int m = next.getAndIncrement(); m < stats.length; m = next.getAndIncrement()) {
                try {
                    double[] v = values[m].length == held ? values[m] : Arrays.copyOf(values[m], held);
                    values[m] = new double[1];
                    stats[m] = MetricStatistics.adopt(metrics.get(m).name(), metrics.get(m).event(), v);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            }
        };
        Runnable[] helpers = new Runnable[Math.max(0, Math.min(threads, stats.length) - 1)];
        Arrays.fill(helpers, work);
        Threads.runAll("tariffsim-worker-stats", helpers, work, () -> { });
        if (failure[0] != null) {
            throw failure[0];
        }
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        for (int m = 0; m < stats.length; m++) {
            out.put(metrics.get(m).name(), stats[m]);
        }
        held = 0;
        count = 0;
        capacity = 1;
        return out;
    }
}
