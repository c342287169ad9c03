package dev.tariffsim.engine;

import java.util.Arrays;

/**
 * A {@link PathRecorder} that keeps one path's scalar metrics and ignores series: what a model that wraps other
 * models (a {@link PairedModel}, a pick-freeze analysis, a test of a path identity) reads after each inner
 * simulation. Call {@link #reset()} before each path: a metric the inner model does not record on that path then
 * stays NaN, which fails the path rather than silently reusing the previous path's value. Not thread-safe: one per
 * simulator.
 */
public final class MetricCapture implements PathRecorder {
    private final double[] values;

    /**
     * A capture for a model that declares {@code metrics} metrics.
     *
     * @param metrics the number of metrics of the wrapped model's {@link OutputSpec}
     * @throws IllegalArgumentException if {@code metrics} is negative
     */
    public MetricCapture(int metrics) {
        if (metrics < 0) {
            throw new IllegalArgumentException("metrics is negative: " + metrics);
        }
        this.values = new double[metrics];
        reset();
    }

    /** Forgets the last path: every metric becomes NaN until recorded again. */
    public void reset() {
        Arrays.fill(values, Double.NaN);
    }

    /**
     * The value recorded for a metric on the current path, NaN if none was.
     *
     * @param metric the metric's index in the wrapped model's {@link OutputSpec}
     * @return the value, in the metric's own unit
     * @throws ArrayIndexOutOfBoundsException if there is no such metric
     */
    public double value(int metric) {
        return values[metric];
    }

    @Override
    public void metric(int metric, double value) {
        values[metric] = value;
    }

    @Override
    public void series(int series, int step, double value) {
    }

    @Override
    public void series(int series, double[] values) {
    }

    @Override
    public boolean recordsSeries() {
        return false;
    }
}
