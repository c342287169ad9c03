package dev.tariffsim.analysis;

import dev.tariffsim.stats.MetricStatistics;
import java.util.List;
import java.util.Map;

/**
 * A sweep over a grid of parameter values on common random numbers: the statistics of each chosen metric at every
 * point, and the differences between neighbouring points along the last axis, path by path, with their
 * statistics (so their confidence intervals reflect the pairing). Immutable.
 *
 * @param axes the swept parameters; the last varies fastest
 * @param metrics the metrics reported, in order
 * @param units each metric's unit as the model declares it ({@code "USD bn PV"}, {@code "probability"}, ...)
 * @param points every grid point, row by row
 * @param steps neighbouring points along the last axis, within each row
 * @param paths paths per point
 * @param seed the seed of every point
 */
public record SweepResult(List<Axis> axes, List<String> metrics, Map<String, String> units, List<Point> points,
                          List<Step> steps, long paths, long seed) {
    /** Copies the lists. */
    public SweepResult {
        axes = List.copyOf(axes);
        metrics = List.copyOf(metrics);
        units = Map.copyOf(units);
        points = List.copyOf(points);
        steps = List.copyOf(steps);
    }

    /**
     * One grid point.
     *
     * @param values the parameters' values, one per axis
     * @param metrics statistics of each chosen metric, by name
     */
    public record Point(List<Double> values, Map<String, MetricStatistics> metrics) {
        /** Copies. */
        public Point {
            values = List.copyOf(values);
            metrics = Map.copyOf(metrics);
        }
    }

    /**
     * The difference between two neighbouring points, per path: {@code points[to] - points[from]}.
     *
     * @param from index of the first point in {@link #points}
     * @param to index of the second point
     * @param differences statistics of each metric's per-path difference, by metric name
     */
    public record Step(int from, int to, Map<String, MetricStatistics> differences) {
        /** Copies. */
        public Step {
            differences = Map.copyOf(differences);
        }
    }
}
