package dev.tariffsim.engine;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;
import dev.tariffsim.stats.MetricSummary;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The metric values of a {@link ResultAccumulator}, one row per metric and then one per control variate: in
 * {@link QuantileMode#EXACT} mode a column of every path's value in path order, grown as needed; in
 * {@link QuantileMode#SKETCH} mode a buffer of the last {@value MetricSketches#BUFFER} paths, folded into
 * {@link MetricSketches} whenever it fills. The path in progress is written to one staging row, filled beforehand with
 * a marker (a NaN of its own payload, which no arithmetic produces); as the path closes, each value is checked (the
 * marker means "not recorded", any other NaN or an infinity "not finite") and moved to its column, and the row is
 * marked again. Paths are counted by the accumulator, which passes its count in. Not thread-safe.
 */
final class MetricColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    /** "metric NAME" or "control variate NAME" by row, for messages. */
    private final String[] rowNames;
    private final double[][] values;
    /** The metrics' summaries in {@code SKETCH} mode, where {@link #values} holds only the last {@link #held} paths. */
    private final MetricSketches sketches;
    /** Bits of the marker of a row not yet recorded on the path in progress: a quiet NaN with a payload of its own. */
    private static final long UNRECORDED = 0x7ff8_7a11_0f15_0001L;
    /** The path in progress, by row; {@link #UNRECORDED} where a row is not recorded yet. */
    private final double[] current;
    private int held;
    private int capacity;

    MetricColumns(OutputSpec spec, List<ControlVariate> controls, boolean antithetic, boolean sketch,
                  int expectedPaths) {
        List<OutputSpec.Metric> metrics = spec.metrics();
        this.rowNames = new String[metrics.size() + controls.size()];
        for (int r = 0; r < rowNames.length; r++) {
            rowNames[r] = r < metrics.size() ? "metric " + metrics.get(r).name()
                : "control variate " + controls.get(r - metrics.size()).name();
        }
        this.sketches = sketch ? new MetricSketches(spec, antithetic) : null;
        this.capacity = sketch ? MetricSketches.BUFFER : Math.max(1, expectedPaths);
        this.values = new double[rowNames.length][capacity];
        this.current = new double[rowNames.length];
        Arrays.fill(current, Double.longBitsToDouble(UNRECORDED));
    }

    /** {@code EXACT} or {@code SKETCH}. */
    QuantileMode mode() {
        return sketches == null ? QuantileMode.EXACT : QuantileMode.SKETCH;
    }

    /** Records row {@code row} of the path in progress. */
    void put(int row, double value) {
        current[row] = value;
    }

    /**
     * Closes the path in progress, which follows {@code count} completed paths from {@code firstPath}.
     *
     * @throws NonFiniteValueException if a row is NaN or infinite
     * @throws IllegalStateException if a row was not recorded
     */
    void endPath(int count, long pathIndex, long firstPath) {
        if (held == capacity) {
            grow(capacity * 2L);
        }
        final double[] row = this.current;
        final double[][] columns = this.values;
        final int at = held;
        final double unrecorded = Double.longBitsToDouble(UNRECORDED);
        for (int r = 0; r < row.length; r++) {
            final double v = row[r];
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                throw unfinished(r, v, pathIndex);
            }
            columns[r][at] = v;
            row[r] = unrecorded;
        }
        held++;
        if (sketches != null && held == capacity) {
            fold(firstPath + count + 1);
        }
    }

    /** Why row {@code r} of the path in progress cannot close: not recorded, or not finite; the row is reset. */
    private RuntimeException unfinished(int r, double v, long pathIndex) {
        Arrays.fill(current, Double.longBitsToDouble(UNRECORDED));
        if (Double.doubleToRawLongBits(v) == UNRECORDED) {
            return new IllegalStateException(Checks.format("%s was not recorded on path %d", rowNames[r], pathIndex));
        }
        // the path is named once, by the SimulationException the worker wraps this in
        return new NonFiniteValueException(Checks.format("%s is not finite: %s", rowNames[r], v));
    }

    /** In {@code SKETCH} mode, moves the held values (of the paths before {@code nextPath}) into the summaries. */
    void fold(long nextPath) {
        if (sketches != null && held > 0) {
            sketches.fold(values, held, nextPath - held);
            held = 0;
        }
    }

    private void grow(long wanted) {
        if (wanted > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more paths than one accumulator holds: " + wanted);
        }
        capacity = (int) wanted;
        for (int r = 0; r < values.length; r++) {
            values[r] = Arrays.copyOf(values[r], capacity);
        }
    }

    /**
     * Appends the {@code otherCount} paths of {@code other} (ending before {@code otherNext}) to these {@code count}
     * paths (ending before {@code next}); both in the same mode.
     */
    void merge(MetricColumns other, int count, long next, int otherCount, long otherNext) {
        if (sketches != null) {
            fold(next);
            other.fold(otherNext);
            sketches.merge(other.sketches);
            return;
        }
        if (count + otherCount > capacity) {
            grow(Math.max(capacity * 2L, (long) count + otherCount));
        }
        for (int r = 0; r < values.length; r++) {
            System.arraycopy(other.values[r], 0, values[r], count, otherCount);
        }
        held += otherCount;
    }

    /** Forgets every path, keeping the memory. */
    void clear() {
        held = 0;
        if (sketches != null) {
            sketches.clear();
        }
        Arrays.fill(current, Double.longBitsToDouble(UNRECORDED));
    }

    /** The summary of metric {@code metric} up to the paths before {@code nextPath} ({@code SKETCH}; else null). */
    MetricSummary summary(int metric, long nextPath) {
        fold(nextPath);
        return sketches == null ? null : sketches.summary(metric);
    }

    /** The statistics of the summaries up to the paths before {@code nextPath} ({@code SKETCH} mode only). */
    Map<String, MetricStatistics> sketchStatistics(long nextPath) {
        fold(nextPath);
        return sketches.statistics();
    }

    /** The values of row {@code row} in path order ({@code EXACT} mode); entries from the count on are unused. */
    double[] values(int row) {
        return values[row];
    }

    /** Hands the first {@code count} values of every row over and forgets them (see the accumulator's takeValues). */
    double[][] take(int count) {
        Checks.requireArgument(sketches == null, "quantileMode", QuantileMode.SKETCH,
            "EXACT: a sketch keeps no values");
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r].length == count ? values[r] : Arrays.copyOf(values[r], count);
            values[r] = new double[1];
        }
        held = 0;
        capacity = 1;
        Arrays.fill(current, Double.longBitsToDouble(UNRECORDED));
        return out;
    }
}
