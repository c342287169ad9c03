package dev.tariffsim.stats;

import dev.tariffsim.internal.Checks;
import java.util.Arrays;

/**
 * The distribution of one scalar metric over the paths of a run: moments, exact quantiles, tail risk,
 * and, for a 0/1 event metric, a probability with its Wilson interval. Immutable and thread-safe.
 *
 * <p>Quantiles are exact: linear interpolation between order statistics ({@code h = (n-1) q}, Hyndman and
 * Fan's type 7, the default of R and NumPy); or, for statistics made {@link #ofSketch from a sketch} (a
 * bounded-memory run), within a relative {@link QuantileSketch#RELATIVE_ERROR} of the nearest-rank order
 * statistic, with exact mean, standard deviation, minimum, maximum and event counts. {@link #quantileMethod()}
 * says which. The standard error is {@code stdDev / sqrt(n)} and the 95%
 * interval {@code mean +- 1.959964 stdError}; under antithetic sampling it treats the paths as
 * independent, which overstates the error (a conservative interval).
 */
public final class MetricStatistics {
    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private final String name;
    private final boolean event;
    private final double[] sorted;
    private final QuantileSketch sketch;
    private final int count;
    private final double mean;
    private final double stdDev;

    private MetricStatistics(String name, boolean event, int count, double mean, double stdDev, QuantileSketch sketch) {
        this.name = name;
        this.event = event;
        this.sorted = null;
        this.sketch = sketch;
        this.count = count;
        this.mean = mean;
        this.stdDev = stdDev;
    }

    private MetricStatistics(String name, boolean event, double[] sorted) {
        this.name = name;
        this.event = event;
        this.sorted = sorted;
        this.sketch = null;
        this.count = sorted.length;
        int n = sorted.length;
        double m = n == 0 ? Double.NaN : kahanSum(sorted) / n;
        double ss = 0;
        for (double v : sorted) {
            ss += (v - m) * (v - m);
        }
        this.mean = m;
        this.stdDev = n < 2 ? (n == 1 ? 0 : Double.NaN) : Math.sqrt(ss / (n - 1));
    }

    /**
     * Statistics of the given values (copied). An event metric's values must all be 0 or 1.
     *
     * @throws IllegalArgumentException if a value is NaN, or an event value is neither 0 nor 1
     */
    public static MetricStatistics of(String name, boolean event, double[] values, int count) {
        Checks.requireArgument(count >= 0 && count <= values.length, "count", count,
            "between 0 and the number of values " + values.length);
        return adopt(name, event, Arrays.copyOf(values, count));
    }

    /**
     * Statistics of {@code values}, taking ownership of the array: it is sorted in place and kept, not copied
     * (for a run's final statistics, where a copy of every metric's values would double the memory).
     *
     * @throws IllegalArgumentException as {@link #of}
     */
    public static MetricStatistics adopt(String name, boolean event, double[] values) {
        Checks.requireName(name, "metric name");
        double[] copy = values;
        int count = values.length;
        for (int i = 0; i < count; i++) {
            double v = copy[i];
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(Checks.format("metric %s has a NaN value at index %d", name, i));
            }
            if (event && v != 0 && v != 1) {
                throw new IllegalArgumentException(Checks.format(
                    "event metric %s is not 0 or 1 at index %d: %s", name, i, v));
            }
        }
        Arrays.sort(copy);
        return new MetricStatistics(name, event, copy);
    }

    /**
     * Statistics of a bounded-memory run: exact moments and a quantile sketch (copied).
     *
     * @param count the number of values
     * @param mean their exact mean, rounded once
     * @param stdDev their sample standard deviation
     * @throws IllegalArgumentException if {@code count} differs from the sketch's or exceeds {@code 2^31 - 1}
     */
    public static MetricStatistics ofSketch(String name, boolean event, long count, double mean, double stdDev,
                                            QuantileSketch sketch) {
        Checks.requireName(name, "metric name");
        Checks.requireArgument(count == sketch.count() && count <= Integer.MAX_VALUE, "count", count,
            "the sketch's count " + sketch.count() + ", at most 2^31 - 1");
        return new MetricStatistics(name, event, (int) count, mean, stdDev, sketch.copy());
    }

    /** How quantiles were computed: {@code "exact"} or {@code "sketch, relative error 0.4%"}. */
    public String quantileMethod() {
        return sketch == null ? "exact"
            : Checks.format("sketch, relative error %.1f%%", 100 * QuantileSketch.RELATIVE_ERROR);
    }

    private static double kahanSum(double[] xs) {
        double sum = 0;
        double c = 0;
        for (double x : xs) {
            double t = sum + x;
            c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return sum + c;
    }

    /** The metric's name. */
    public String name() {
        return name;
    }

    /** Whether the metric is a 0/1 event. */
    public boolean isEvent() {
        return event;
    }

    /** The number of paths. */
    public int count() {
        return count;
    }

    /** The sample mean. */
    public double mean() {
        return mean;
    }

    /** The sample standard deviation (divisor {@code n - 1}). */
    public double stdDev() {
        return stdDev;
    }

    /** The standard error of the mean. */
    public double stdError() {
        return stdDev / Math.sqrt(count);
    }

    /** The 95% normal confidence interval of the mean. */
    public Interval confidenceInterval() {
        double h = Z95 * stdError();
        return new Interval(mean - h, mean + h, 0.95);
    }

    /** The smallest value. */
    public double min() {
        if (sketch != null) {
            return sketch.min();
        }
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    /** The largest value. */
    public double max() {
        if (sketch != null) {
            return sketch.max();
        }
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /**
     * The exact {@code level}-quantile (type 7).
     *
     * @throws IllegalArgumentException unless {@code 0 <= level <= 1}
     */
    public double quantile(double level) {
        Checks.requireProbability(level, "quantile level");
        if (sketch != null) {
            return sketch.quantile(level);
        }
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * level;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Value at risk at confidence {@code level}: the {@code level}-quantile when large values are bad, the
     * {@code (1 - level)}-quantile when small values are bad.
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public double valueAtRisk(double level, Tail tail) {
        Checks.requireOpenUnit(level, "level");
        return quantile(tail == Tail.UPPER ? level : 1 - level);
    }

    /**
     * Expected shortfall at confidence {@code level}: the mean of the worst {@code ceil((1 - level) n)} paths.
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public double expectedShortfall(double level, Tail tail) {
        Checks.requireOpenUnit(level, "level");
        int n = count;
        if (n == 0) {
            return Double.NaN;
        }
        int k = (int) Math.max(1, Math.ceil((1 - level) * n - 1e-9));
        if (sketch != null) {
            return sketch.tailMean(k, tail == Tail.UPPER);
        }
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += tail == Tail.UPPER ? sorted[n - 1 - i] : sorted[i];
        }
        return s / k;
    }

    /** The share of paths on which the event happened; the mean, for an event metric. */
    public double probability() {
        return mean;
    }

    /** The 95% Wilson score interval of {@link #probability()}. */
    public Interval wilsonInterval() {
        return wilson(Math.round(mean * count), count, Z95);
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials} at normal quantile {@code z}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= successes <= trials} and {@code trials > 0}
     */
    public static Interval wilson(long successes, long trials, double z) {
        Checks.requirePositive(trials, "trials");
        Checks.requireArgument(successes >= 0 && successes <= trials, "successes", successes,
            "between 0 and trials " + trials);
        double p = (double) successes / trials;
        double z2 = z * z;
        double denom = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denom;
        double level = 2 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .cumulativeProbability(z) - 1;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }

    @Override
    public String toString() {
        return Checks.format("%s: mean %.6g (se %.3g), P5 %.6g, P50 %.6g, P95 %.6g, n %d",
            name, mean, stdError(), quantile(0.05), quantile(0.5), quantile(0.95), count());
    }
}
