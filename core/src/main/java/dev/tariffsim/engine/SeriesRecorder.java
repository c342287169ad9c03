package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.internal.ExactSums;
import dev.tariffsim.stats.QuantileSketch;
import dev.tariffsim.stats.SeriesBands;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The series part of a {@link ResultAccumulator}: per series step an exact sum ({@link ExactSums}) and a
 * {@link QuantileSketch}. Values are staged for {@value #STAGE} paths and then added step by step, so that each
 * sketch and sum is touched in a run rather than once per path. Exact sums and integer counts make merging
 * independent of how the paths were split. Not thread-safe.
 */
final class SeriesRecorder implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Paths whose values wait in the stage before going into the sums and sketches. */
    static final int STAGE = 32;

    private final List<OutputSpec.Series> declared;
    private final int[] steps;
    private final int[] offset;
    private final int rowWidth;
    private final ExactSums sums;
    private final QuantileSketch[][] sketches;
    private final double[] stage;
    private int staged;
    private int calls;

    SeriesRecorder(List<OutputSpec.Series> declared) {
        this.declared = declared;
        this.steps = new int[declared.size()];
        this.offset = new int[declared.size()];
        this.sketches = new QuantileSketch[declared.size()][];
        int width = 0;
        for (int s = 0; s < steps.length; s++) {
            steps[s] = declared.get(s).steps();
            offset[s] = width;
            width += steps[s];
            sketches[s] = new QuantileSketch[steps[s]];
            for (int t = 0; t < steps[s]; t++) {
                sketches[s][t] = new QuantileSketch();
            }
        }
        this.rowWidth = width;
        this.sums = new ExactSums(width);
        this.stage = new double[STAGE * width];
    }

    /** Stages one value of the path in progress. @throws NonFiniteValueException if it is NaN or infinite */
    void record(int series, int step, double value) {
        if (!(Math.abs(value) <= Double.MAX_VALUE)) {
            throw new NonFiniteValueException(Checks.format("series %s at step %d is not finite: %s",
                declared.get(series).name(), step, value));
        }
        stage[staged * rowWidth + offset[series] + step] = value;
        calls++;
    }

    /** Closes the path in progress. @throws IllegalStateException unless every step of every series was recorded once */
    void endPath(long pathIndex) {
        if (rowWidth == 0) {
            return;
        }
        int made = calls;
        calls = 0;
        if (made != rowWidth) {
            throw new IllegalStateException(Checks.format(
                "path %d recorded %d series values; every step of every series must be recorded once (%d)",
                pathIndex, made, rowWidth));
        }
        staged++;
        if (staged == STAGE) {
            flush();
        }
    }

    /** Moves the staged values, path by path in order, into the sums and sketches. */
    void flush() {
        for (int s = 0; s < steps.length; s++) {
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
        for (int s = 0; s < steps.length; s++) {
            for (int t = 0; t < steps[s]; t++) {
                sketches[s][t].merge(other.sketches[s][t]);
            }
        }
    }

    void clear() {
        staged = 0;
        calls = 0;
        sums.clear();
        for (QuantileSketch[] row : sketches) {
            for (QuantileSketch q : row) {
                q.clear();
            }
        }
    }

    /** Bands of every series over {@code count} paths, by name, in declaration order. */
    Map<String, SeriesBands> bands(long count) {
        flush();
        Map<String, SeriesBands> out = new LinkedHashMap<>();
        for (int s = 0; s < steps.length; s++) {
            double[] total = new double[steps[s]];
            for (int t = 0; t < total.length; t++) {
                total[t] = sums.value(offset[s] + t);
            }
            String name = declared.get(s).name();
            out.put(name, SeriesBands.of(name, total, count, sketches[s]));
        }
        return out;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        out.defaultWriteObject();
    }
}
