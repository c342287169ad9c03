package dev.tariffsim.analysis;

import dev.tariffsim.internal.Checks;
import dev.tariffsim.stats.MetricStatistics;

/**
 * A summary of a metric over the paths of a run: its mean, or a quantile. Immutable.
 *
 * @param metric the metric's name
 * @param level the quantile's cumulative probability in (0, 1), or NaN for the mean
 */
public record Statistic(String metric, double level) {
    /** @throws IllegalArgumentException if the metric is blank or the level is neither NaN nor in (0, 1) */
    public Statistic {
        Checks.requireName(metric, "metric");
        if (!Double.isNaN(level)) {
            Checks.requireOpenUnit(level, "quantile level");
        }
    }

    /** The mean of {@code metric} (for an event, its probability). */
    public static Statistic mean(String metric) {
        return new Statistic(metric, Double.NaN);
    }

    /** The {@code level}-quantile of {@code metric}. */
    public static Statistic quantile(String metric, double level) {
        return new Statistic(metric, level);
    }

    /** Whether this is the mean. */
    public boolean isMean() {
        return Double.isNaN(level);
    }

    /** The statistic's value. */
    public double of(MetricStatistics s) {
        return isMean() ? s.mean() : s.quantile(level);
    }

    /**
     * Its standard error: the mean's, or for a quantile half the width of the distribution-free interval between
     * the quantiles at {@code level -+ z sqrt(level (1 - level) / n)}, divided by z.
     */
    public double stdError(MetricStatistics s) {
        if (isMean()) {
            return s.stdError();
        }
        double z = MetricStatistics.Z95;
        double d = z * Math.sqrt(level * (1 - level) / s.count());
        return (s.quantile(Math.min(1, level + d)) - s.quantile(Math.max(0, level - d))) / (2 * z);
    }

    @Override
    public String toString() {
        return (isMean() ? "mean " : String.format(java.util.Locale.US, "P%s ", trim(100 * level))) + metric;
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
