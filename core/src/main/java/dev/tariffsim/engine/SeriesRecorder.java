package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.internal.ExactSums;
import dev.tariffsim.stats.QuantileSketch;
import dev.tariffsim.stats.SeriesBands;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The series part of a {@link ResultAccumulator}: per step of a series an exact sum ({@link ExactSums}) and a
 * {@link QuantileSketch}, or, for an event series ({@link OutputSpec.Series#event()}), a count of the paths whose
 * value is 1, from which the mean and the percentiles follow exactly. Values of the other series are staged for
 * {@value #STAGE} paths and then added step by step, so that each sketch and sum is touched in a run rather than
 * once per path. Exact sums and integer counts make merging independent of how the paths were split.
 * Not thread-safe.
 */
final class SeriesRecorder implements Serializable {
    private static final long serialVersionUID = 2L;
    /** Paths whose values wait in the stage before going into the sums and sketches. */
    static final int STAGE = 32;

    private final List<OutputSpec.Series> declared;
    private final int[] steps;
    private final boolean[] event;
    /** Per series, its first index in the stage row (continuous series) or in {@link #ones} (event series). */
    private final int[] offset;
    private final int rowWidth;
    private final int calledPerPath;
    private final ExactSums sums;
    private final QuantileSketch[][] sketches;
    private final double[] stage;
    /** Per step of every event series: the paths that recorded 1. */
    private final long[] ones;
    private int staged;
    private int calls;

    SeriesRecorder(List<OutputSpec.Series> declared) {
        this.declared = declared;
        this.steps = new int[declared.size()];
        this.event = new boolean[declared.size()];
        this.offset = new int[declared.size()];
        this.sketches = new QuantileSketch[declared.size()][];
        int width = 0;
        int events = 0;
        for (int s = 0; s < steps.length; s++) {
            steps[s] = declared.get(s).steps();
            event[s] = declared.get(s).event();
            if (event[s]) {
                offset[s] = events;
                events += steps[s];
                continue;
            }
            offset[s] = width;
            width += steps[s];
            sketches[s] = new QuantileSketch[steps[s]];
            for (int t = 0; t < steps[s]; t++) {
                sketches[s][t] = new QuantileSketch();
            }
        }
        this.rowWidth = width;
        this.calledPerPath = width + events;
        this.sums = new ExactSums(width);
        this.stage = new double[STAGE * width];
        this.ones = new long[events];
    }

    /**
     * Records one value of the path in progress.
     *
     * @throws NonFiniteValueException if it is NaN or infinite
     * @throws IllegalStateException if the series is an event series and the value is not 0 or 1
     */
    void record(int series, int step, double value) {
        if (event[series]) {
            if (value == 1) {
                ones[offset[series] + step]++;
            } else if (value != 0) {
                throw notAnEvent(series, step, value);
            }
        } else {
            if (!(Math.abs(value) <= Double.MAX_VALUE)) {
                throw new NonFiniteValueException(Checks.format("series %s at step %d is not finite: %s",
                    declared.get(series).name(), step, value));
            }
            stage[staged * rowWidth + offset[series] + step] = value;
        }
        calls++;
    }

    /**
     * Records every step of one series of the path in progress ({@code values[t]} is step {@code t}).
     *
     * @throws NonFiniteValueException if a value is NaN or infinite
     * @throws IllegalStateException if {@code values} does not have the series' number of steps, or the series is an
     *     event series and a value is not 0 or 1
     */
    void recordAll(int series, double[] values) {
        final int n = steps[series];
        if (values.length != n) {
            throw new IllegalStateException(Checks.format("series %s has %d steps but was given %d values",
                declared.get(series).name(), n, values.length));
        }
        final int at = offset[series];
        if (event[series]) {
            final long[] counts = this.ones;
            for (int t = 0; t < n; t++) {
                final double v = values[t];
                if (v == 1) {
                    counts[at + t]++;
                } else if (v != 0) {
                    throw notAnEvent(series, t, v);
                }
            }
        } else {
            for (int t = 0; t < n; t++) {
                if (!(Math.abs(values[t]) <= Double.MAX_VALUE)) {
                    throw new NonFiniteValueException(Checks.format("series %s at step %d is not finite: %s",
                        declared.get(series).name(), t, values[t]));
                }
            }
            System.arraycopy(values, 0, stage, staged * rowWidth + at, n);
        }
        calls += n;
    }

    private RuntimeException notAnEvent(int series, int step, double value) {
        String message = Checks.format("series %s at step %d is an event series (0 or 1) but was given %s",
            declared.get(series).name(), step, value);
        return Double.isFinite(value) ? new IllegalStateException(message) : new NonFiniteValueException(message);
    }

    /** Closes the path in progress. @throws IllegalStateException unless every step of every series was recorded once */
    void endPath(long pathIndex) {
        if (calledPerPath == 0) {
            return;
        }
        int made = calls;
        calls = 0;
        if (made != calledPerPath) {
            throw new IllegalStateException(Checks.format(
                "path %d recorded %d series values; every step of every series must be recorded once (%d)",
                pathIndex, made, calledPerPath));
        }
        staged++;
        if (staged == STAGE) {
            flush();
        }
    }

    /** Moves the staged values, path by path in order, into the sums and sketches. */
    void flush() {
        for (int s = 0; s < steps.length; s++) {
            if (event[s]) {
                continue;
            }
            for (int t = 0; t < steps[s]; t++) {
                int k = offset[s] + t;
                sketches[s][t].addStrided(stage, k, rowWidth, staged);
                sums.addStrided(k, stage, k, rowWidth, staged);
            }
        }
        staged = 0;
    }

    void merge(SeriesRecorder other) {
        flush();
        other.flush();
        sums.addAll(other.sums);
        for (int i = 0; i < ones.length; i++) {
            ones[i] += other.ones[i];
        }
        for (int s = 0; s < steps.length; s++) {
            for (int t = 0; !event[s] && t < steps[s]; t++) {
                sketches[s][t].merge(other.sketches[s][t]);
            }
        }
    }

    void clear() {
        staged = 0;
        calls = 0;
        sums.clear();
        Arrays.fill(ones, 0);
        for (QuantileSketch[] row : sketches) {
            for (int t = 0; row != null && t < row.length; t++) {
                row[t].clear();
            }
        }
    }

    /** Bands of every series over {@code count} paths, by name, in declaration order. */
    Map<String, SeriesBands> bands(long count) {
        flush();
        Map<String, SeriesBands> out = new LinkedHashMap<>();
        for (int s = 0; s < steps.length; s++) {
            String name = declared.get(s).name();
            if (event[s]) {
                out.put(name, SeriesBands.ofEvents(name, Arrays.copyOfRange(ones, offset[s], offset[s] + steps[s]),
                    count));
                continue;
            }
            double[] total = new double[steps[s]];
            for (int t = 0; t < total.length; t++) {
                total[t] = sums.value(offset[s] + t);
            }
            out.put(name, SeriesBands.of(name, total, count, sketches[s]));
        }
        return out;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        out.defaultWriteObject();
    }
}
