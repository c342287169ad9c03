package dev.tariffsim.engine;

import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.MetricSummary;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of a {@link ResultAccumulator} in {@link QuantileMode#SKETCH} mode: one bounded
 * {@link MetricSummary} per metric, into which the accumulator folds its buffer of at most {@value #BUFFER}
 * paths whenever it fills. Not thread-safe.
 */
final class MetricSketches implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Paths whose values wait in the accumulator before they are folded in. */
    static final int BUFFER = 1024;

    private final List<OutputSpec.Metric> metrics;
    private final MetricSummary[] summaries;

    MetricSketches(OutputSpec spec, boolean antithetic) {
        this.metrics = spec.metrics();
        this.summaries = new MetricSummary[metrics.size()];
        for (int m = 0; m < summaries.length; m++) {
            summaries[m] = new MetricSummary(metrics.get(m).name(), metrics.get(m).event(), antithetic);
        }
    }

    /** Folds {@code values[m][0..n)}, the values of paths {@code firstPath, ...}, into the summaries. */
    void fold(double[][] values, int n, long firstPath) {
        for (int m = 0; m < summaries.length; m++) {
            summaries[m].addAll(values[m], n, firstPath);
        }
    }

    /** Appends the summaries of {@code other}, whose paths follow these. */
    void merge(MetricSketches other) {
        for (int m = 0; m < summaries.length; m++) {
            summaries[m].merge(other.summaries[m]);
        }
    }

    void clear() {
        for (MetricSummary s : summaries) {
            s.clear();
        }
    }

    MetricSummary summary(int m) {
        return summaries[m];
    }

    /** Statistics of every metric, by name, in declaration order. */
    Map<String, MetricStatistics> statistics() {
        Map<String, MetricStatistics> out = new LinkedHashMap<>();
        for (int m = 0; m < summaries.length; m++) {
            out.put(metrics.get(m).name(), summaries[m].toStatistics());
        }
        return out;
    }
}
